package io.evpair.persistence.observations;

import io.evpair.engine.ids.DeviceOwner;
import io.evpair.engine.observations.Observation;
import io.evpair.persistence.sql.SqlArrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The one list of what an observation row holds, in the order the batch travels: the staging table, the COPY text
 * and the insert into {@code observation} are all built from it, so a new column is one line here (and a migration).
 */
final class ObservationColumns {
    /** One stored row's sources: the observation, its device's owner and its fingerprint. */
    record Row(Observation observation, DeviceOwner owner, long fingerprint) {
    }

    /**
     * {@code stagedAs} is the staging table's type; an {@code instant} travels as epoch microseconds
     * ({@link SqlArrays#micros}) and becomes a timestamptz on the way into the table.
     */
    record Column(String name, String stagedAs, boolean instant, Function<Row, Object> value) {
        Column(String name, String stagedAs, Function<Row, Object> value) {
            this(name, stagedAs, false, value);
        }

        static Column instant(String name, Function<Row, java.time.Instant> value) {
            return new Column(name, "int8", true, r -> SqlArrays.micros(value.apply(r)));
        }
    }

    static final List<Column> ALL = List.of(
            new Column("device_id", "uuid", r -> r.observation().deviceId()),
            new Column("device_type", "text", r -> r.observation().deviceType().name()),
            new Column("client_id", "uuid", r -> r.owner().clientId().value()),
            new Column("user_ref", "uuid", r -> r.owner().userRef().value()),
            Column.instant("observed_at", r -> r.observation().observedAt()),
            Column.instant("received_at", r -> r.observation().receivedAt()),
            new Column("plugged_in", "boolean", r -> r.observation().pluggedIn()),
            new Column("charging", "boolean", r -> r.observation().charging()),
            new Column("charge_rate_kw", "float8", r -> r.observation().chargeRateKw()),
            new Column("battery_level", "float8", r -> r.observation().batteryLevel()),
            new Column("latitude", "float8", r -> r.observation().position() == null ? null : r.observation().position().latitude()),
            new Column("longitude", "float8", r -> r.observation().position() == null ? null : r.observation().position().longitude()),
            new Column("meter_kwh", "float8", r -> r.observation().meterKwh()),
            new Column("fingerprint", "int8", Row::fingerprint),
            new Column("id_tag", "text", r -> r.observation().idTag()));

    private ObservationColumns() {
    }

    /** Column names, comma-separated. */
    static String names() {
        return ALL.stream().map(Column::name).collect(Collectors.joining(", "));
    }

    /** The staging table's definition: {@code ord} keeps the batch's order, then every column as it travels. */
    static String staged() {
        return "ord int4, " + ALL.stream().map(c -> c.name() + " " + c.stagedAs()).collect(Collectors.joining(", "));
    }

    /** The select list turning staged values into the table's types. */
    static String fromStaged() {
        return ALL.stream().map(c -> c.instant() ? SqlArrays.timestampFromMicros(c.name()) : c.name())
                .collect(Collectors.joining(", "));
    }
}

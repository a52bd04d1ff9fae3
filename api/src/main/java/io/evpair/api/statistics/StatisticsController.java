package io.evpair.api.statistics;

import io.evpair.api.problems.ApiProblemException;
import io.evpair.api.security.AuthenticatedClient;
import io.evpair.engine.ids.ChargerId;
import io.evpair.engine.ids.VehicleId;
import io.evpair.engine.statistics.ChargingSession;
import io.evpair.engine.statistics.ChargingStatistics;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Charging statistics of one user (SPEC §3): sessions with the charger's own energy figures, and totals per period. */
@RestController
@Tag(name = "Statistics")
class StatisticsController {
    private static final long MAX_DAYS = 366;

    private final ChargingStatistics statistics;

    StatisticsController(ChargingStatistics statistics) {
        this.statistics = statistics;
    }

    @GetMapping("/users/{userId}/statistics/charging/sessions")
    @Operation(operationId = "listUserChargingSessions",
            summary = "One row per charging session overlapping [from, to]; paired sessions use the charger's meter (energySource CHARGER)")
    List<SessionRow> sessions(AuthenticatedClient client, @PathVariable String userId,
                              @RequestParam Instant from, @RequestParam Instant to,
                              @RequestParam(required = false) UUID vehicleId, @RequestParam(required = false) UUID chargerId) {
        checkWindow(from, to);
        return statistics.sessions(client.id(), userId, from, to, vehicleId == null ? null : new VehicleId(vehicleId),
                        chargerId == null ? null : new ChargerId(chargerId))
                .orElseThrow(() -> ApiProblemException.notFound("User", userId)).stream()
                .map(SessionRow::of).toList();
    }

    @GetMapping("/users/{userId}/statistics/charging")
    @Operation(operationId = "getUserChargingStatistics", summary = "Energy charged and sessions started per HOUR, DAY, WEEK or MONTH (UTC)")
    List<PeriodRow> periods(AuthenticatedClient client, @PathVariable String userId,
                            @RequestParam Instant from, @RequestParam Instant to,
                            @RequestParam(defaultValue = "DAY") ChargingStatistics.Resolution resolution) {
        checkWindow(from, to);
        return statistics.buckets(client.id(), userId, from, to, resolution)
                .orElseThrow(() -> ApiProblemException.notFound("User", userId)).stream()
                .map(b -> new PeriodRow(b.start(), b.kwhSum(), b.sessions())).toList();
    }

    private static void checkWindow(Instant from, Instant to) {
        if (!io.evpair.api.json.RfcInstants.fits(from)) {
            throw ApiProblemException.invalid("from", io.evpair.api.json.RfcInstants.RANGE);
        }
        if (!io.evpair.api.json.RfcInstants.fits(to)) {
            throw ApiProblemException.invalid("to", io.evpair.api.json.RfcInstants.RANGE);
        }
        if (!to.isAfter(from)) {
            throw ApiProblemException.invalid("to", "must be after from");
        }
        if (java.time.Duration.between(from, to).toDays() > MAX_DAYS) {
            throw ApiProblemException.invalid("to", "at most " + MAX_DAYS + " days after from");
        }
    }

    @Schema(name = "ChargingSession")
    record SessionRow(UUID vehicleId, @Schema(description = "Null for charging away from the user's chargers") UUID chargerId,
                      Instant from, Instant to, double kwhSum,
                      @Schema(allowableValues = {"CHARGER", "VEHICLE"}) String energySource, Power kw,
                      Double batteryLevelStart, Double batteryLevelEnd) {
        static SessionRow of(ChargingSession s) {
            return new SessionRow(s.vehicleId().value(), s.chargerId() == null ? null : s.chargerId().value(), s.from(),
                    s.to(), s.kwhSum(), s.energySource().name(),
                    new Power(s.kwMin(), s.kwMax(), s.kwMean()), s.batteryLevelStart(), s.batteryLevelEnd());
        }
    }

    @Schema(name = "ChargingPower")
    record Power(Double min, Double max, Double mean) {
    }

    @Schema(name = "ChargingPeriod")
    record PeriodRow(Instant date, double kwhSum, int sessions) {
    }
}

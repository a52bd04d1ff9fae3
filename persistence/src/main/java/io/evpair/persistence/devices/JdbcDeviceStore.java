package io.evpair.persistence.devices;

import io.evpair.engine.devices.Charger;
import io.evpair.engine.devices.CommandCapabilities;
import io.evpair.engine.devices.DeviceStore;
import io.evpair.engine.devices.Registered;
import io.evpair.engine.devices.Vehicle;
import io.evpair.engine.ids.ChargerId;
import io.evpair.engine.ids.ClientId;
import io.evpair.engine.ids.DeviceId;
import io.evpair.engine.ids.UserRef;
import io.evpair.engine.ids.VehicleId;
import io.evpair.engine.ids.Vendor;
import io.evpair.engine.paging.Page;
import io.evpair.engine.paging.PageCursor;
import io.evpair.engine.paging.PageRequest;
import io.evpair.persistence.paging.KeysetSql;
import io.evpair.engine.ids.DeviceOwner;
import io.evpair.engine.ids.DeviceType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Plain JDBC: the ingest path reads devices on every observation (see "Persistence" in docs/decisions.md). */
@Component
class JdbcDeviceStore implements DeviceStore {
    private final JdbcClient jdbc;

    JdbcDeviceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Vehicle> findVehicle(ClientId clientId, VehicleId vehicleId) {
        return jdbc.sql(DeviceRows.VEHICLES + " where v.id = ? and v.client_id = ?").params(vehicleId.value(), clientId.value())
                .query((rs, n) -> DeviceRows.vehicle(rs)).optional();
    }

    @Override
    public Optional<Vehicle> findVehicleByVendorId(ClientId clientId, Vendor vendor, String vendorDeviceId) {
        return jdbc.sql(DeviceRows.VEHICLES + " where v.client_id = ? and v.vendor = ? and v.vendor_device_id = ?")
                .params(clientId.value(), vendor.name(), vendorDeviceId).query((rs, n) -> DeviceRows.vehicle(rs)).optional();
    }

    @Override
    public List<UUID> idsByVendorId(DeviceType type, Vendor vendor, String vendorDeviceId) {
        String table = type == DeviceType.VEHICLE ? "vehicle" : "charger";
        return jdbc.sql("select id from " + table + " where vendor = ? and vendor_device_id = ?")
                .params(vendor.name(), vendorDeviceId).query(UUID.class).list();
    }

    @Override
    public Page<Vehicle> vehicles(ClientId clientId, Optional<UserRef> userRef, PageRequest page) {
        return KeysetSql.read(jdbc, DeviceRows.VEHICLES, userRef.isPresent() ? "v.client_id = ? and v.user_ref = ?" : "v.client_id = ?",
                userRef.isPresent() ? List.of(clientId.value(), userRef.get().value()) : List.of(clientId.value()), "v.created_at", "v.id", page,
                (rs, n) -> DeviceRows.vehicle(rs), v -> new PageCursor(v.createdAt(), v.id().value()));
    }

    /** Linking the same vendor device twice at once must leave one row and fail neither call. */
    @Override
    @Transactional
    public Registered<Vehicle> insertVehicleIfAbsent(Vehicle v) {
        CommandCapabilities can = v.capabilities();
        int inserted = jdbc.sql("""
                        insert into vehicle (id, client_id, user_ref, vendor, vendor_device_id, vin, brand, model, model_year,
                                             display_name, battery_capacity_kwh, can_start_charging, can_stop_charging,
                                             can_set_charge_rate_limit, can_set_max_current, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (client_id, vendor, vendor_device_id) do nothing""")
                .params(v.id().value(), v.clientId().value(), v.userRef().value(), v.vendor().name(), v.vendorDeviceId(), v.information().vin(),
                        v.information().brand(), v.information().model(), v.information().year(),
                        v.information().displayName(), v.information().batteryCapacityKwh(), can.startCharging(),
                        can.stopCharging(), can.setChargeRateLimit(), can.setMaxCurrent(), v.createdAt().atOffset(ZoneOffset.UTC))
                .update();
        Vehicle stored = findVehicleByVendorId(v.clientId(), v.vendor(), v.vendorDeviceId()).orElseThrow();
        return new Registered<>(stored, inserted == 1);
    }

    @Override
    public Optional<Charger> findCharger(ClientId clientId, ChargerId chargerId) {
        return jdbc.sql(DeviceRows.CHARGERS + " where c.id = ? and c.client_id = ?").params(chargerId.value(), clientId.value())
                .query((rs, n) -> DeviceRows.charger(rs)).optional();
    }

    @Override
    public Optional<Charger> findChargerByVendorId(ClientId clientId, Vendor vendor, String vendorDeviceId) {
        return jdbc.sql(DeviceRows.CHARGERS + " where c.client_id = ? and c.vendor = ? and c.vendor_device_id = ?")
                .params(clientId.value(), vendor.name(), vendorDeviceId).query((rs, n) -> DeviceRows.charger(rs)).optional();
    }

    @Override
    public Page<Charger> chargers(ClientId clientId, Optional<UserRef> userRef, PageRequest page) {
        return KeysetSql.read(jdbc, DeviceRows.CHARGERS, userRef.isPresent() ? "c.client_id = ? and c.user_ref = ?" : "c.client_id = ?",
                userRef.isPresent() ? List.of(clientId.value(), userRef.get().value()) : List.of(clientId.value()), "c.created_at", "c.id", page,
                (rs, n) -> DeviceRows.charger(rs), c -> new PageCursor(c.createdAt(), c.id().value()));
    }

    @Override
    @Transactional
    public Registered<Charger> insertChargerIfAbsent(Charger c) {
        CommandCapabilities can = c.capabilities();
        Double latitude = c.address() == null ? null : c.address().latitude();
        Double longitude = c.address() == null ? null : c.address().longitude();
        int inserted = jdbc.sql("""
                        insert into charger (id, client_id, user_ref, vendor, vendor_device_id, brand, model, model_year,
                                             serial_number, address_latitude, address_longitude, can_start_charging,
                                             can_stop_charging, can_set_charge_rate_limit, can_set_max_current, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (client_id, vendor, vendor_device_id) do nothing""")
                .params(c.id().value(), c.clientId().value(), c.userRef().value(), c.vendor().name(), c.vendorDeviceId(), c.information().brand(),
                        c.information().model(), c.information().year(), c.information().serialNumber(), latitude,
                        longitude, can.startCharging(), can.stopCharging(), can.setChargeRateLimit(),
                        can.setMaxCurrent(), c.createdAt().atOffset(ZoneOffset.UTC))
                .update();
        Charger stored = findChargerByVendorId(c.clientId(), c.vendor(), c.vendorDeviceId()).orElseThrow();
        return new Registered<>(stored, inserted == 1);
    }

    @Override
    public CommandCapabilities chargerCapabilitiesOfUser(UserRef userRef) {
        return jdbc.sql("""
                        select coalesce(bool_or(can_start_charging), false), coalesce(bool_or(can_stop_charging), false),
                               coalesce(bool_or(can_set_charge_rate_limit), false), coalesce(bool_or(can_set_max_current), false)
                        from charger where user_ref = ?""")
                .param(userRef.value())
                .query((rs, n) -> new CommandCapabilities(rs.getBoolean(1), rs.getBoolean(2), rs.getBoolean(3), rs.getBoolean(4)))
                .single();
    }

    @Override
    public void moveToUser(DeviceId deviceId, UserRef userRef) {
        // The composite foreign key (user_ref, client_id) refuses a move to another client's user.
        jdbc.sql("update vehicle set user_ref = ? where id = ?").params(userRef.value(), deviceId.value()).update();
        jdbc.sql("update charger set user_ref = ? where id = ?").params(userRef.value(), deviceId.value()).update();
    }

    @Override
    public void delete(Collection<UUID> deviceIds) {
        String[] ids = deviceIds.stream().map(UUID::toString).toArray(String[]::new);
        jdbc.sql("delete from vehicle where id = any(?::uuid[])").param(ids).update();
        jdbc.sql("delete from charger where id = any(?::uuid[])").param(ids).update();
    }

    @Override
    public Map<UUID, DeviceOwner> owners(Collection<UUID> deviceIds) {
        Map<UUID, DeviceOwner> owners = new HashMap<>();
        if (deviceIds.isEmpty()) {
            return owners;
        }
        String[] ids = deviceIds.stream().map(UUID::toString).toArray(String[]::new);
        jdbc.sql("""
                        select d.id, 'VEHICLE' as type, d.client_id, d.user_ref, u.user_id
                        from vehicle d join app_user u on u.id = d.user_ref where d.id = any(?::uuid[])
                        union all
                        select d.id, 'CHARGER' as type, d.client_id, d.user_ref, u.user_id
                        from charger d join app_user u on u.id = d.user_ref where d.id = any(?::uuid[])""")
                .params(ids, ids)
                .query((rs, n) -> owner(rs))
                .list().forEach(owner -> owners.put(owner.deviceId(), owner));
        return owners;
    }

    @Override
    public Map<String, DeviceOwner> ownersByVendorId(ClientId clientId, Vendor vendor, DeviceType type,
                                                     Collection<String> vendorDeviceIds) {
        Map<String, DeviceOwner> owners = new HashMap<>();
        if (vendorDeviceIds.isEmpty()) {
            return owners;
        }
        String table = type == DeviceType.VEHICLE ? "vehicle" : "charger";
        jdbc.sql("select d.id, '" + type.name() + "' as type, d.client_id, d.user_ref, u.user_id, d.vendor_device_id from "
                        + table + " d join app_user u on u.id = d.user_ref"
                        + " where d.client_id = ? and d.vendor = ? and d.vendor_device_id = any(?::text[])")
                .params(clientId.value(), vendor.name(), vendorDeviceIds.toArray(String[]::new))
                .query((rs, n) -> Map.entry(rs.getString("vendor_device_id"), owner(rs)))
                .list().forEach(e -> owners.put(e.getKey(), e.getValue()));
        return owners;
    }

    private static DeviceOwner owner(ResultSet rs) throws SQLException {
        return new DeviceOwner(rs.getObject("id", UUID.class), DeviceType.valueOf(rs.getString("type")),
                new ClientId(rs.getObject("client_id", UUID.class)), new UserRef(rs.getObject("user_ref", UUID.class)), rs.getString("user_id"));
    }
}

package io.evpair.persistence.devices;

import io.evpair.engine.devices.ChargerDescriptions;
import io.evpair.engine.devices.ChargerInformation;
import io.evpair.engine.ids.ChargerId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class JdbcChargerDescriptions implements ChargerDescriptions {
    private final JdbcClient jdbc;

    JdbcChargerDescriptions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void describe(ChargerId chargerId, ChargerInformation information) {
        jdbc.sql("""
                        update charger set brand = coalesce(?, brand), model = coalesce(?, model),
                                           model_year = coalesce(?, model_year), serial_number = coalesce(?, serial_number)
                        where id = ?""")
                .params(information.brand(), information.model(), information.year(), information.serialNumber(), chargerId.value())
                .update();
    }
}

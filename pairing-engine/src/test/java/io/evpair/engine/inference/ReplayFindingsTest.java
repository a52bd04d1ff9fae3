package io.evpair.engine.inference;

import static io.evpair.engine.inference.HardCasesTest.CAR;
import static io.evpair.engine.inference.HardCasesTest.CAR_2;
import static io.evpair.engine.inference.HardCasesTest.CHARGER;
import static io.evpair.engine.inference.HardCasesTest.CHARGER_2;
import static org.assertj.core.api.Assertions.assertThat;

import io.evpair.engine.ids.DeviceType;
import io.evpair.engine.observations.Observation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Mistakes the dataset replays exposed, each reduced to the smallest household that shows it. */
class ReplayFindingsTest {

    @Test
    void aChargerThatHasNotReportedYetMayBeTheOneTheCarIsPluggedInto() {
        Household h = new Household(List.of(new VehicleProfile(CAR, 60.0)),
                List.of(new ChargerProfile(CHARGER, Scenario.HOME), new ChargerProfile(CHARGER_2, Scenario.HOME)));
        Scenario s = new Scenario(h).never(CAR, CHARGER_2);
        HardCasesTest.carSession(s, CAR, 1080, 1080, 1300, 1400, 9.9, 2, Scenario.HOME);
        s.charger(CHARGER, 1060, false, false, 0);
        for (double m = 1080; m < 1400; m += 2) { // its reports reach us four minutes late
            s.lateReport(new Observation(CHARGER, DeviceType.CHARGER, Scenario.at(m), Scenario.at(m + 4), true,
                    m < 1300, m < 1300 ? 11.0 : 0.0, null, null, null));
        }
        // a guest plugs into the other charger at the same moment, at the same rate
        HardCasesTest.chargerSession(s, CHARGER_2, 1080.5, 1080.5, 1200, 1200, 11, 1);
        s.runUntil(1400);
        assertThat(s.violations).isEmpty();
    }

    @Test
    void aChargerBackFromAnOutageIsNotHeldToEnergyItCouldNotMeter() {
        Scenario s = new Scenario(Scenario.household(List.of(CAR), List.of(CHARGER)));
        for (double m = 960; m <= 1000; m += 20) {
            s.charger(CHARGER, m, false, false, 0);
        }
        // offline from 1000 to 1400; the car plugs in at 1080 and charges 24 kWh meanwhile
        s.vehicle(CAR, 1079, false, false, 0.0, 40.0, null);
        for (double m = 1080.5; m < 1300; m += 5) {
            s.vehicle(CAR, m, true, true, 9.9, 40.0 + (m - 1080) / 220 * 40, null);
        }
        for (double m = 1300; m < 1500; m += 5) {
            s.vehicle(CAR, m, true, false, 0.0, 80.0, null);
        }
        for (double m = 1400; m < 1500; m += 2) {
            s.charger(CHARGER, m, true, false, 0);
        }
        s.runUntil(1440);
        assertThat(s.chargerOf(CAR)).contains(CHARGER);
    }

    @Test
    void aDeviceWhosePartnerUnpluggedIsNotPairedAgainBeforeItPlugsInAnew() {
        Household h = new Household(List.of(new VehicleProfile(CAR, 60.0), new VehicleProfile(CAR_2, 60.0)),
                List.of(new ChargerProfile(CHARGER, Scenario.HOME), new ChargerProfile(CHARGER_2, Scenario.HOME)));
        Scenario s = new Scenario(h).never(CAR_2, CHARGER).never(CAR, CHARGER_2);
        // both cars in the same minute at the same rate; car 1 is full first, which tells them apart
        HardCasesTest.carSession(s, CAR, 1080, 1080, 1200, 1900, 9.9, 2, Scenario.HOME);
        HardCasesTest.chargerSession(s, CHARGER_2, 1080.5, 1080.5, 1300, 1900, 11, 2);
        // charger 1 tells of the unplug eight minutes late; car 2 sleeps through it for ten
        s.charger(CHARGER, 1060, false, false, 0);
        for (double m = 1080; m < 1908; m += 2) {
            boolean on = m < 1200;
            s.charger(CHARGER, m, true, on, on ? 11 : 0);
        }
        s.charger(CHARGER, 1908, false, false, 0);
        s.vehicle(CAR_2, 1079, false, false, 0.0, 40.0, null);
        for (double m = 1081; m < 1300; m += 2) {
            s.vehicle(CAR_2, m, true, true, 9.9, 40.0 + (m - 1080) / 5, Scenario.HOME);
        }
        s.vehicle(CAR_2, 1300, true, false, 0.0, 80.0, Scenario.HOME);
        s.vehicle(CAR_2, 1910, false, false, 0.0, 80.0, Scenario.HOME);
        s.runUntil(1300);
        assertThat(s.chargerOf(CAR)).contains(CHARGER);
        assertThat(s.chargerOf(CAR_2)).contains(CHARGER_2);
        s.runUntil(1920);
        assertThat(s.violations).isEmpty();
        assertThat(s.household.activePairs()).isEmpty();
    }
}

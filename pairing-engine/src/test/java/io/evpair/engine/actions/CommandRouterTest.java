package io.evpair.engine.actions;

import static org.assertj.core.api.Assertions.assertThat;

import io.evpair.engine.clients.ChargeRateSource;
import io.evpair.engine.clients.ClientFeatures;
import io.evpair.engine.ids.DeviceType;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** One test per row of the routing table in docs/orchestration.md. */
class CommandRouterTest {
    private static final UUID VEHICLE = UUID.randomUUID();
    private static final UUID CHARGER = UUID.randomUUID();
    private static final ClientFeatures ON = ClientFeatures.DEFAULTS;
    private static final ClientFeatures OFF = new ClientFeatures(false, false, ChargeRateSource.CHARGER);

    @Test
    void r1_aChargerCommandGoesToTheCharger() {
        Route route = CommandRouter.route(new RoutingFacts(CHARGER, DeviceType.CHARGER, ActionKind.START, ON, true, null, false, false));
        assertThat(route).isEqualTo(new Route.SendTo("R1", CHARGER, DeviceType.CHARGER));
    }

    @Test
    void r2_aChargerThatCannotIsRefused() {
        Route route = CommandRouter.route(new RoutingFacts(CHARGER, DeviceType.CHARGER, ActionKind.SET_CHARGE_RATE_LIMIT, ON, false, null, false, false));
        assertThat(route).isInstanceOf(Route.Refuse.class).extracting(Route::rule).isEqualTo("R2");
    }

    @Test
    void r3_aVehicleCommandGoesToItsActivatedCharger() {
        Route route = CommandRouter.route(new RoutingFacts(VEHICLE, DeviceType.VEHICLE, ActionKind.START, ON, false, CHARGER, true, true));
        assertThat(route).isEqualTo(new Route.SendTo("R3", CHARGER, DeviceType.CHARGER));
    }

    @Test
    void r3_evenACapableVehicleGoesThroughItsActivatedCharger() {
        Route route = CommandRouter.route(new RoutingFacts(VEHICLE, DeviceType.VEHICLE, ActionKind.STOP, ON, true, CHARGER, true, true));
        assertThat(route).isEqualTo(new Route.SendTo("R3", CHARGER, DeviceType.CHARGER));
    }

    @Test
    void r4_aCapableVehicleWithoutActivationDoesItItself() {
        Route route = CommandRouter.route(new RoutingFacts(VEHICLE, DeviceType.VEHICLE, ActionKind.START, ON, true, null, false, true));
        assertThat(route).isEqualTo(new Route.SendTo("R4", VEHICLE, DeviceType.VEHICLE));
    }

    @Test
    void r5_anIncapableVehicleWithoutActivationWaitsForIt() {
        Route route = CommandRouter.route(new RoutingFacts(VEHICLE, DeviceType.VEHICLE, ActionKind.START, ON, false, null, false, true));
        assertThat(route).isEqualTo(new Route.AwaitActivation("R5"));
    }

    @Test
    void r6_anActivatedChargerThatCannotLeavesItToACapableVehicle() {
        Route route = CommandRouter.route(new RoutingFacts(VEHICLE, DeviceType.VEHICLE, ActionKind.SET_CHARGE_RATE_LIMIT, ON, true, CHARGER, false, false));
        assertThat(route).isEqualTo(new Route.SendTo("R6", VEHICLE, DeviceType.VEHICLE));
    }

    @Test
    void r7_withOrchestrationOffAVehicleCommandGoesToTheVehicleOnly() {
        Route route = CommandRouter.route(new RoutingFacts(VEHICLE, DeviceType.VEHICLE, ActionKind.START, OFF, true, CHARGER, true, true));
        assertThat(route).isEqualTo(new Route.SendTo("R7", VEHICLE, DeviceType.VEHICLE));
    }

    @Test
    void r8_nothingCanDoItIsRefused() {
        Route noCharger = CommandRouter.route(new RoutingFacts(VEHICLE, DeviceType.VEHICLE, ActionKind.START, ON, false, null, false, false));
        Route orchestrationOff = CommandRouter.route(new RoutingFacts(VEHICLE, DeviceType.VEHICLE, ActionKind.START, OFF, false, CHARGER, true, true));
        assertThat(noCharger).isInstanceOf(Route.Refuse.class).extracting(Route::rule).isEqualTo("R8");
        assertThat(orchestrationOff).isInstanceOf(Route.Refuse.class).extracting(Route::rule).isEqualTo("R8");
    }

    @Test
    void r9_maxCurrentIsNeverAVehicleCommand() {
        Route route = CommandRouter.route(new RoutingFacts(VEHICLE, DeviceType.VEHICLE, ActionKind.SET_MAX_CURRENT, ON, false, CHARGER, true, true));
        assertThat(route).isInstanceOf(Route.Refuse.class).extracting(Route::rule).isEqualTo("R9");
    }

    @Test
    void unlockingShowsWhatOrchestrationCanDoAndNothingElse() {
        assertThat(CommandRouter.vehicleCapable(false, true, ON)).isTrue();
        assertThat(CommandRouter.vehicleCapable(false, true, OFF)).isFalse();
        assertThat(CommandRouter.vehicleCapable(false, false, ON)).isFalse();
        assertThat(CommandRouter.vehicleCapable(true, false, OFF)).isTrue();
    }
}

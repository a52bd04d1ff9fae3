package io.evpair.engine.pairs;


import static io.evpair.engine.testing.EngineFixture.capable;
import static io.evpair.engine.testing.Reports.plugInAndCharge;
import static org.assertj.core.api.Assertions.assertThat;

import io.evpair.engine.ids.ChargerId;
import io.evpair.engine.ids.ClientId;
import io.evpair.engine.ids.VehicleId;
import io.evpair.engine.testing.EngineFixture;
import io.evpair.engine.inference.UnpairReason;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A client says an activated pair is wrong (issue 16, point 4): the service's outcomes and what it stores. */
class PairRejectionTest {
    private final EngineFixture engine = new EngineFixture();
    private final EngineFixture.User user = engine.user("hana");
    private final VehicleId car = engine.vehicle(user, EngineFixture.stopOnly());
    private final ChargerId box = engine.charger(user, capable());

    @Test
    void aRejectionEndsTheStoredPairWithItsReasonAndEventAndTheSameSessionsDoNotPairItAgain() {
        engine.report(plugInAndCharge(car, box, 0, 30));

        assertThat(engine.feedback.reject(engine.clientId, "hana", car, box, "installer")).isInstanceOf(PairRejection.Rejected.class);
        engine.report(plugInAndCharge(car, box, 32, 90));

        assertThat(engine.pairs.all()).singleElement().satisfies(p -> {
            assertThat(p.isActive()).isFalse();
            assertThat(p.unpairReason()).isEqualTo(UnpairReason.USER_REJECTED);
            assertThat(p.reportedBy()).isEqualTo("installer");
        });
        assertThat(engine.outbox.events(PairDeactivated.class)).singleElement()
                .satisfies(e -> assertThat(e.reason()).isEqualTo(UnpairReason.USER_REJECTED));
    }

    @Test
    void afterARestartTheHouseholdIsRebuiltBeforeTheRejection() {
        engine.report(plugInAndCharge(car, box, 0, 30));
        engine.start();

        assertThat(engine.feedback.reject(engine.clientId, "hana", car, box, null)).isInstanceOf(PairRejection.Rejected.class);
        engine.report(plugInAndCharge(car, box, 32, 90));

        assertThat(engine.pairs.all()).singleElement()
                .satisfies(p -> assertThat(p.unpairReason()).isEqualTo(UnpairReason.USER_REJECTED));
    }

    @Test
    void aRestartAfterTheRejectionDoesNotActivateThePairAgainInThoseSessions() {
        engine.report(plugInAndCharge(car, box, 0, 30));
        assertThat(engine.feedback.reject(engine.clientId, "hana", car, box, null)).isInstanceOf(PairRejection.Rejected.class);

        engine.start();
        engine.report(plugInAndCharge(car, box, 32, 90));

        assertThat(engine.pairs.activeOfUser(user.userRef())).as("the rebuild must remember the rejection").isEmpty();
    }

    @Test
    void anotherUsersOrClientsDeviceIsUnknownAndAFreePairIsNotActivated() {
        ChargerId theirBox = engine.charger(engine.user("ines"), capable());

        assertThat(engine.feedback.reject(engine.clientId, "hana", car, theirBox, null))
                .isEqualTo(new PairRejection.UnknownDevice("chargerId"));
        assertThat(engine.feedback.reject(engine.clientId, "ines", car, theirBox, null))
                .isEqualTo(new PairRejection.UnknownDevice("vehicleId"));
        assertThat(engine.feedback.reject(new ClientId(UUID.randomUUID()), "hana", car, box, null))
                .isEqualTo(new PairRejection.UnknownDevice("vehicleId"));
        assertThat(engine.feedback.reject(engine.clientId, "hana", new VehicleId(box.value()), new ChargerId(car.value()), null))
                .isEqualTo(new PairRejection.UnknownDevice("vehicleId"));
        assertThat(engine.feedback.reject(engine.clientId, "hana", car, box, null)).isEqualTo(new PairRejection.NotActivated());
    }
}

package io.evpair.engine.inference;

import static io.evpair.engine.inference.HardCasesTest.CAR;
import static io.evpair.engine.inference.HardCasesTest.CHARGER;
import static io.evpair.engine.inference.HardCasesTest.CHARGER_2;
import static io.evpair.engine.inference.HardCasesTest.EFFICIENCY;
import static io.evpair.engine.inference.HardCasesTest.carSession;
import static io.evpair.engine.inference.HardCasesTest.chargerSession;
import static io.evpair.engine.inference.IdentityTest.CAR_ID;
import static io.evpair.engine.inference.IdentityTest.DAY;
import static io.evpair.engine.inference.IdentityTest.homeSession;
import static org.assertj.core.api.Assertions.assertThat;

import io.evpair.engine.ids.ChargerId;
import io.evpair.engine.ids.VehicleId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the client tells the engine about its pairs (issue 16, point 4). Minutes from day one. */
class FeedbackTest {
    @Test
    void aRejectedPairEndsStaysOutForThoseSessionsAndItsTokenIsUnlearned() {
        Scenario s = new Scenario(Scenario.household(List.of(CAR), List.of(CHARGER)));
        homeSession(s, CAR, CHARGER, CAR_ID, 1080, 11);
        s.runUntil(1300);
        assertThat(s.household.identifiersOf(new VehicleId(CAR))).hasSize(1);

        s.showing(CHARGER, CAR_ID);
        chargerSession(s, CHARGER, DAY + 1080, DAY + 1080, DAY + 1260, DAY + 1260, 11, 2);
        carSession(s, CAR, DAY + 1080.3, DAY + 1080.3, DAY + 1260, DAY + 1260, 11 * EFFICIENCY, 2, Scenario.HOME);
        s.runUntil(DAY + 1100);
        assertThat(s.chargerOf(CAR)).contains(CHARGER);

        assertThat(s.household.reject(new VehicleId(CAR), new ChargerId(CHARGER))).get()
                .isInstanceOfSatisfying(PairingDecision.Deactivated.class,
                        d -> assertThat(d.reason()).isEqualTo(UnpairReason.USER_REJECTED));
        assertThat(s.chargerOf(CAR)).isEmpty();
        assertThat(s.household.identifiersOf(new VehicleId(CAR))).as("the token is no longer taken as the car's").isEmpty();

        s.never(CAR, CHARGER).runUntil(DAY + 1250);
        assertThat(s.violations).as("evidence of the same sessions must not pair them again").isEmpty();
        assertThat(s.activations()).hasSize(2);
    }

    @Test
    void aRejectedPairWithoutTokensIsNotActivatedAgainByEvidenceOfTheSameSessions() {
        Scenario s = new Scenario(Scenario.household(List.of(CAR), List.of(CHARGER)));
        homeSession(s, CAR, CHARGER, null, 1080, 11);
        s.runUntil(1100);
        assertThat(s.chargerOf(CAR)).contains(CHARGER);

        assertThat(s.household.reject(new VehicleId(CAR), new ChargerId(CHARGER))).isPresent();
        s.never(CAR, CHARGER).runUntil(1255);
        assertThat(s.violations).isEmpty();

        homeSession(s, CAR, CHARGER, null, DAY + 1080, 11);
        s.runUntil(DAY + 1250);
        assertThat(s.chargerOf(CAR)).as("a new plug-in is a new question").contains(CHARGER);
    }

    @Test
    void onlyAnActivatedPairCanBeRejected() {
        Scenario s = new Scenario(Scenario.household(List.of(CAR), List.of(CHARGER)));
        assertThat(s.household.reject(new VehicleId(CAR), new ChargerId(CHARGER))).isEmpty();
        homeSession(s, CAR, CHARGER, null, 1080, 11);
        s.runUntil(1200);
        assertThat(s.chargerOf(CAR)).contains(CHARGER);
        assertThat(s.household.reject(new VehicleId(CAR), new ChargerId(CHARGER_2))).isEmpty();
        assertThat(s.chargerOf(CAR)).contains(CHARGER);
    }
}

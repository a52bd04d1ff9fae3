package io.evpair.engine.pairs;

import static io.evpair.engine.testing.EngineFixture.capable;
import static io.evpair.engine.testing.Reports.charger;
import static io.evpair.engine.testing.Reports.unplug;
import static io.evpair.engine.testing.Reports.vehicle;
import static org.assertj.core.api.Assertions.assertThat;

import io.evpair.engine.inference.PairQuestion;
import io.evpair.engine.observations.Observation;
import io.evpair.engine.testing.EngineFixture;
import io.evpair.engine.ids.ChargerId;
import io.evpair.engine.ids.VehicleId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Two cars that plug in and charge in step while one charger delivers (issue 16, point 5): the engine cannot tell
 * which is on it, so it asks, once, and a client's answer settles it.
 */
class PairQuestionTest {
    private final EngineFixture engine = new EngineFixture();
    private final EngineFixture.User user = engine.user("hana");
    private final VehicleId car = engine.vehicle(user, EngineFixture.stopOnly());
    private final VehicleId twin = engine.vehicle(user, EngineFixture.stopOnly());
    private final ChargerId box = engine.charger(user, capable());

    /** Both cars plugged in at minute 0 and charging alike; only one of them can be on the box. */
    private static List<Observation> twins(VehicleId a, VehicleId b, ChargerId box, int from, int to) {
        List<Observation> out = new ArrayList<>();
        for (int minute = from; minute <= to; minute += 2) {
            boolean charging = minute >= 1;
            out.add(charger(box, minute, true, charging, charging ? 7.2 : 0.0));
            out.add(vehicle(a, minute, true, charging, charging ? 6.5 : 0.0, 40.0 + minute * 0.17));
            out.add(vehicle(b, minute, true, charging, charging ? 6.5 : 0.0, 55.0 + minute * 0.17));
        }
        return out;
    }

    @Test
    void anUndecidedChargerWithTwoFittingCarsIsAskedAboutOnceAndAnAssertionAnswersIt() {
        engine.report(twins(car, twin, box, 0, 12));
        assertThat(engine.questions.openOfUser(user.userRef())).as("too early to ask").isEmpty();

        engine.report(twins(car, twin, box, 14, 40));

        assertThat(engine.pairs.all()).as("no guess").isEmpty();
        assertThat(engine.questions.openOfUser(user.userRef())).singleElement().satisfies(q -> {
            assertThat(q.chargerId()).isEqualTo(box);
            assertThat(q.candidates()).extracting(PairQuestion.Candidate::vehicleId).containsExactlyInAnyOrder(car, twin);
        });
        assertThat(engine.outbox.events(PairQuestionAsked.class)).as("once per question").hasSize(1);

        engine.feedback.assertPair(engine.clientId, "hana", twin, box, "user");
        engine.report(twins(car, twin, box, 42, 44));

        assertThat(engine.questions.openOfUser(user.userRef())).as("answered").isEmpty();
        assertThat(engine.outbox.events(PairQuestionAsked.class)).hasSize(1);
    }

    @Test
    void aRestartAsksNothingAnewAndAnUnplugClosesTheQuestion() {
        engine.report(twins(car, twin, box, 0, 40));
        assertThat(engine.outbox.events(PairQuestionAsked.class)).hasSize(1);

        engine.start();
        engine.report(twins(car, twin, box, 42, 44));
        assertThat(engine.questions.openOfUser(user.userRef())).hasSize(1);
        assertThat(engine.outbox.events(PairQuestionAsked.class)).as("the rebuild asks the same question").hasSize(1);

        engine.report(unplug(car, box, 46));
        assertThat(engine.questions.openOfUser(user.userRef())).isEmpty();
    }
}

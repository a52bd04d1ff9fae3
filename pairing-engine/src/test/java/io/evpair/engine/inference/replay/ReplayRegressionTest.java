package io.evpair.engine.inference.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Replays the committed dataset (seed 101, 24 households, 3 days) the way score.py does, so that a change that
 * makes pairing worse fails the build.
 */
class ReplayRegressionTest {
    static Dataset dataset;

    @BeforeAll
    static void load() throws Exception {
        dataset = Dataset.read(folder());
    }

    static Path folder() throws URISyntaxException {
        return folder("seed101-24x3");
    }

    /** A dataset folder committed under {@code src/test/resources/pairing}. */
    static Path folder(String name) throws URISyntaxException {
        return Path.of(ReplayRegressionTest.class.getResource("/pairing/" + name + "/devices.json").toURI()).getParent();
    }

    @Test
    void theScoringPortGivesScorePysFiguresForTheBaseline() {
        ReplayScore naive = Scoring.score(new NaiveEngine(), dataset, 5, null);
        // printed by: python3 score.py seed101-24x3 --engine naive
        assertThat(naive.precision()).isEqualTo(0.95471);
        assertThat(naive.falsePairEpisodes()).isEqualTo(6);
        assertThat(naive.recall()).isEqualTo(0.74215);
        assertThat(naive.sessionRecall()).isEqualTo(0.7069);
        assertThat(naive.latencyP50s()).isEqualTo(173.0);
        assertThat(naive.latencyP95s()).isEqualTo(288.0);
        assertThat(naive.observableSessions()).isEqualTo(58);
    }

    /** See the folder's README: a step the car reports before its charger keeps the pairs that agreed before it. */
    @Test
    void aStepTheCarReportsBeforeItsChargerPairsNoCarWrongly() throws Exception {
        ReplayScore score = Scoring.score(new EvpairEngine(), Dataset.read(folder("seed13-user0030-to-day5")), 5, null);
        assertThat(score.falsePairEpisodes()).as(score.toJson()).isZero();
    }

    @Test
    void theEngineKeepsItsFigures() {
        ReplayScore score = Scoring.score(new EvpairEngine(), dataset, 5, null);
        assertThat(score.precision()).as(score.toJson()).isGreaterThanOrEqualTo(0.998);
        assertThat(score.falsePairEpisodes()).as(score.toJson()).isLessThanOrEqualTo(1);
        assertThat(score.recall()).as(score.toJson()).isGreaterThanOrEqualTo(0.90);
        assertThat(score.sessionRecall()).as(score.toJson()).isGreaterThanOrEqualTo(0.93);
        // 247 s since session 9's rules (274 before them): a change that loses them fails here
        assertThat(score.latencyP50s()).as(score.toJson()).isLessThanOrEqualTo(270.0);
    }
}

package org.campaignadvisor.compare;

import org.junit.jupiter.api.Tag;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.campaignadvisor.Fixtures;
import org.campaignadvisor.scenarios.ScenarioFolder;
import org.junit.jupiter.api.Test;

/** "What would help most" ranks changes by the weight of what they clear, and says why the first comes first. */
@Tag("unit")
class ImproveRankingTest {

    @Test
    void reaching_an_offline_audience_ranks_above_legal_review_and_mirrors() throws Exception {
        var plan = ScenarioFolder.readOne(Fixtures.SCENARIOS.resolve("rural-pensioners-online-only.yaml")).plan();
        Improvements.Ranking ranking = Improvements.rank(Fixtures.real(), plan);
        List<String> order = ranking.improvements().stream().map(Improvements.Improvement::change).toList();
        assertThat(order.get(0)).isEqualTo("add-offline-channel");
        if (order.contains("prepare-for-pressure")) {
            assertThat(order.indexOf("add-offline-channel")).isLessThan(order.indexOf("prepare-for-pressure"));
        }
        Improvements.Improvement first = ranking.improvements().get(0);
        assertThat(first.clearsWarnings()).contains("audience.out-of-reach");
        assertThat(first.reason()).contains("Most of your audience is not online", "weight 10");
        for (int i = 1; i < ranking.improvements().size(); i++) {
            assertThat(ranking.improvements().get(i - 1).weightCleared())
                    .isGreaterThanOrEqualTo(ranking.improvements().get(i).weightCleared());
        }
    }
}

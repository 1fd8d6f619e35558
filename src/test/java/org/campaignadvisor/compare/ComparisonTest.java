package org.campaignadvisor.compare;

import org.junit.jupiter.api.Tag;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.campaignadvisor.Fixtures;
import org.campaignadvisor.plan.PlanProblem;
import org.campaignadvisor.scenarios.ScenarioFolder;
import org.junit.jupiter.api.Test;

@Tag("unit")
class ComparisonTest {

    private static NamedPlan scenario(String name) {
        return NamedPlan.of(name, ScenarioFolder.readOne(Fixtures.SCENARIOS.resolve(name + ".yaml")).plan());
    }

    @Test
    void the_matrix_has_a_column_per_plan_and_a_row_per_finding_grouped_by_theme() {
        Comparison c = Comparison.of(Fixtures.real(), List.of(scenario("alga-boycott-2011"), scenario("alga-boycott-improved")));
        assertThat(c.columns()).containsExactly("alga-boycott-2011", "alga-boycott-improved");
        Comparison.Row fragmented = c.rows().stream().filter(r -> r.id().equals("channels.fragmented")).findFirst().orElseThrow();
        assertThat(fragmented.cells()).containsExactly("warning", "");
        assertThat(fragmented.differs()).isTrue();
        Comparison.Row consolidated = c.rows().stream().filter(r -> r.id().equals("channels.consolidated")).findFirst().orElseThrow();
        assertThat(consolidated.cells()).containsExactly("", "strength");
        List<String> themes = c.rows().stream().map(Comparison.Row::theme).toList();
        assertThat(themes).isSorted();
        assertThat(c.totals()).extracting(Comparison.Totals::warnings).containsExactly(11, 1);
        assertThat(c.readiness().get("channels")).containsExactly("not ready", "ready");
    }

    @Test
    void rows_where_every_plan_agrees_are_not_marked() {
        Comparison c = Comparison.of(Fixtures.real(), List.of(scenario("alga-boycott-2011"), scenario("alga-boycott-2011")));
        assertThat(c.rows()).isNotEmpty().noneMatch(Comparison.Row::differs);
    }

    @Test
    void two_plans_list_the_fields_that_differ_and_the_findings_that_came_and_went() {
        Comparison c = Comparison.of(Fixtures.real(), List.of(scenario("candidate-friending-2011"), scenario("candidate-friending-improved")));
        assertThat(c.diff().changes()).extracting(PlanDiff.Change::toString)
                .contains("audience.recruitment: random → targeted", "timeline.continueAfterKeyDate: — → true");
        assertThat(c.diff().disappeared()).contains("recruitment.random", "channels.abandoned-after-key-date");
        assertThat(c.diff().appeared()).contains("recruitment.targeted", "channels.kept-after-key-date");
    }

    @Test
    void an_invalid_plan_is_reported_and_the_others_are_still_compared() {
        NamedPlan broken = NamedPlan.unreadable("broken.yaml", List.of(new PlanProblem("team.people", "must be ≥ 0, got -1")));
        Comparison c = Comparison.of(Fixtures.real(), List.of(scenario("charity-drive"), broken, scenario("shrek-parody-2011")));
        assertThat(c.columns()).containsExactly("charity-drive", "shrek-parody-2011");
        assertThat(c.failures()).singleElement().satisfies(f -> {
            assertThat(f.name()).isEqualTo("broken.yaml");
            assertThat(f.problems()).extracting(PlanProblem::toString).containsExactly("team.people: must be ≥ 0, got -1");
        });
        assertThat(c.diff()).as("a diff needs exactly two compared plans").isNotNull();
    }

    @Test
    void what_would_help_most_ranks_changes_by_the_weight_they_clear_on_the_real_boycott() throws Exception {
        var plan = scenario("alga-boycott-2011").plan();
        Improvements.Ranking ranking = Improvements.rank(Fixtures.real(), plan);
        assertThat(ranking.warnings()).isEqualTo(11);
        List<Improvements.Improvement> list = ranking.improvements();
        assertThat(list).isNotEmpty();
        for (int i = 1; i < list.size(); i++) {
            assertThat(list.get(i - 1).weightCleared()).isGreaterThanOrEqualTo(list.get(i).weightCleared());
        }
        Improvements.Improvement consolidate = list.stream().filter(i -> i.change().equals("consolidate-networks")).findFirst().orElseThrow();
        assertThat(consolidate.clearsWarnings()).contains("channels.fragmented");
        assertThat(consolidate.adds()).contains("channels.consolidated");
        assertThat(consolidate.warningsAfter()).isEqualTo(11 - consolidate.clearsWarnings().size());
        Improvements.Improvement action = list.stream().filter(i -> i.change().equals("add-offline-action")).findFirst().orElseThrow();
        assertThat(action.clearsWarnings()).contains("action.abstention", "evaluation.uncountable-action");
        Improvements.Improvement targeted = list.stream().filter(i -> i.change().equals("recruit-targeted")).findFirst().orElseThrow();
        assertThat(targeted.clearsWarnings()).as("recruitment was not random, so targeting clears no warning").isEmpty();
        assertThat(list.indexOf(targeted)).isGreaterThan(list.indexOf(action));
    }
}

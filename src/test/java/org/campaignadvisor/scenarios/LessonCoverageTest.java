package org.campaignadvisor.scenarios;

import org.junit.jupiter.api.Tag;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.campaignadvisor.Fixtures;
import org.campaignadvisor.advice.Advice;
import org.campaignadvisor.advice.Citation;
import org.campaignadvisor.evidence.Lesson;
import org.campaignadvisor.rules.RuleEntry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Coverage of the report, computed from the data: every lesson in seeds/ has a rule that cites it,
 * fires (a warning or recommendation cites it) in at least one scenario and stays silent in at least
 * one, and every cited lesson exists.
 */
@Tag("unit")
class LessonCoverageTest {
    private static List<String> lessonIds;
    private static final Map<String, Set<String>> scenariosCiting = new HashMap<>();
    private static int scenarioCount;

    @BeforeAll
    static void evaluateEveryScenario() throws Exception {
        lessonIds = Fixtures.real().evidence().lessons().stream().map(Lesson::id).toList();
        List<Scenario> scenarios = ScenarioFolder.read(Fixtures.SCENARIOS);
        scenarioCount = scenarios.size();
        for (Scenario scenario : scenarios) {
            Advice advice = Fixtures.real().evaluate(scenario.plan());
            // A lesson "fires" when its advice is needed: a warning or recommendation cites it.
            for (var finding : advice.findings()) {
                if (finding.severity() == org.campaignadvisor.advice.Severity.STRENGTH) {
                    continue;
                }
                for (Citation citation : finding.reportSays()) {
                    scenariosCiting.computeIfAbsent(citation.lesson(), k -> new HashSet<>()).add(scenario.file().toString());
                }
            }
        }
    }

    @Test
    void the_evidence_base_holds_every_lesson_of_the_report() {
        assertThat(lessonIds).containsExactly("A1", "A2", "A3", "A4", "A5", "A6", "A7", "A8", "A9",
                "N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8", "N9", "N10", "N11", "N12", "N13", "N14", "N15", "N16", "N17", "N18", "N19");
    }

    @Test
    void every_lesson_has_at_least_one_rule_and_every_cited_lesson_exists() {
        Set<String> cited = new HashSet<>();
        for (RuleEntry rule : Fixtures.real().ruleBook().catalogue()) {
            if (rule.isAdvice()) {
                assertThat(rule.lessons().isEmpty() && rule.guidance().isEmpty())
                        .as("rule %s cites neither a lesson of the report nor our guidance", rule.name()).isFalse();
                for (String id : rule.guidance()) {
                    assertThat(Fixtures.real().evidence().guidance(id)).as("guidance %s of rule %s", id, rule.name()).isPresent();
                }
                cited.addAll(rule.lessons());
            }
        }
        assertThat(lessonIds).as("lessons no rule cites").allMatch(cited::contains);
        assertThat(cited).as("lessons cited by rules but missing from seeds").allMatch(lessonIds::contains);
    }

    @Test
    void every_lesson_fires_in_some_scenario_and_stays_silent_in_another() {
        for (String lesson : lessonIds) {
            Set<String> firing = scenariosCiting.getOrDefault(lesson, Set.of());
            assertThat(firing).as("scenarios where lesson %s fires", lesson).isNotEmpty();
            assertThat(firing.size()).as("scenarios where lesson %s does not fire", lesson).isLessThan(scenarioCount);
        }
    }

    @Test
    void every_advice_rule_is_exercised_by_a_scenario_and_every_lesson_figure_has_a_source() {
        for (Lesson lesson : Fixtures.real().evidence().lessons()) {
            assertThat(lesson.title()).as("title of %s", lesson.id()).isNotBlank();
            assertThat(lesson.report()).as("what the report says, for %s", lesson.id()).isNotBlank();
            assertThat(lesson.reading()).as("our reading of %s", lesson.id()).isNotBlank();
            lesson.figures().forEach(f -> assertThat(f.source()).as("source of a figure of %s", lesson.id()).isNotBlank());
        }
        RuleBaseCheck.Report report = new RuleBaseCheck(Fixtures.real()).run(readScenarios());
        assertThat(report.unexercisedRules()).as("advice rules no scenario exercises").isEmpty();
    }

    private static List<Scenario> readScenarios() {
        try {
            return ScenarioFolder.read(Fixtures.SCENARIOS);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

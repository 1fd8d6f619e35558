package org.campaignadvisor.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.campaignadvisor.Fixtures;
import org.campaignadvisor.advice.Advice;
import org.campaignadvisor.advice.Citation;
import org.campaignadvisor.advice.Finding;
import org.campaignadvisor.advice.GuidanceCitation;
import org.campaignadvisor.compare.Improvements;
import org.campaignadvisor.evidence.Figure;
import org.campaignadvisor.evidence.Guidance;
import org.campaignadvisor.evidence.Lesson;
import org.campaignadvisor.rules.RandomPlans;
import org.campaignadvisor.scenarios.Scenario;
import org.campaignadvisor.scenarios.ScenarioFolder;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * In Russian, every finding of every example plan (and of random plans), every lesson and every piece
 * of our guidance reads in Russian: no English word is left (names of platforms and organisations and
 * what the person typed aside) and no placeholder unfilled.
 */
@Tag("unit")
class RussianAdviceTest {
    private static final Language RU = Language.of("ru").orElseThrow();

    @Test
    void every_finding_of_every_example_plan_reads_in_russian() throws Exception {
        List<String> problems = new ArrayList<>();
        int findings = 0;
        for (Scenario scenario : ScenarioFolder.read(Fixtures.SCENARIOS)) {
            if (!scenario.readable()) {
                continue;
            }
            Advice advice = Fixtures.real().evaluate(scenario.plan(), RU);
            findings += advice.findings().size();
            problems.addAll(check(scenario.file().getFileName().toString(), advice, RussianText.typedIn(scenario.plan())));
            Improvements.rank(Fixtures.real(), scenario.plan(), advice, RU).improvements().forEach(i -> {
                problems.addAll(RussianText.problems(scenario.file().getFileName() + " improvement " + i.change(), i.description(), Set.of()));
                problems.addAll(RussianText.problems(scenario.file().getFileName() + " improvement " + i.change(), i.reason(), Set.of()));
            });
        }
        assertThat(findings).isGreaterThan(200);
        assertThat(problems).isEmpty();
    }

    @Test
    void findings_of_random_plans_read_in_russian_too() throws Exception {
        List<String> problems = new ArrayList<>();
        var random = new RandomPlans(2011, List.of("kazakhstan-2011", "high-access-example"));
        for (int i = 0; i < 300; i++) {
            var plan = org.campaignadvisor.plan.PlanReader.fromTree(random.next(i), "random");
            problems.addAll(check("random plan " + i, Fixtures.real().evaluate(plan, RU), RussianText.typedIn(plan)));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void every_lesson_and_every_piece_of_our_guidance_reads_in_russian() {
        List<String> problems = new ArrayList<>();
        for (Lesson lesson : Fixtures.real().evidence().lessons(RU)) {
            String id = "lesson " + lesson.id();
            problems.addAll(RussianText.problems(id + " title", lesson.title(), Set.of()));
            problems.addAll(RussianText.problems(id + " section", lesson.section(), Set.of()));
            problems.addAll(RussianText.problems(id + " reading", lesson.reading(), Set.of()));
            problems.addAll(RussianText.problems(id + " report (translation)", lesson.reportTranslation(), Set.of()));
            assertThat(lesson.reportTranslation()).as(id + " has the report's words translated").isNotBlank();
            for (Figure figure : lesson.figures()) {
                problems.addAll(RussianText.problems(id + " figure", figure.text() + " " + figure.source(), Set.of()));
            }
        }
        for (Guidance english : Fixtures.real().evidence().guidance()) {
            Guidance g = Fixtures.real().evidence().guidance(english.id(), RU).orElseThrow();
            problems.addAll(RussianText.problems("guidance " + g.id(), g.title() + " " + g.text() + " " + g.grounds(), Set.of()));
        }
        assertThat(problems).isEmpty();
    }

    private static List<String> check(String where, Advice advice, Set<String> typed) {
        List<String> problems = new ArrayList<>();
        for (Finding f : advice.findings()) {
            String at = where + " " + f.id();
            for (String text : List.of(f.title(), f.message(), f.why(), f.action(), f.safety(), f.ourReading())) {
                problems.addAll(RussianText.problems(at, text, typed));
            }
            for (Citation c : f.reportSays()) {
                problems.addAll(RussianText.problems(at + " " + c.lesson(), c.title() + " " + c.section() + " " + c.reportTranslation(), typed));
            }
            for (GuidanceCitation g : f.ourGuidance()) {
                problems.addAll(RussianText.problems(at + " " + g.id(), g.title() + " " + g.text(), typed));
            }
        }
        return problems;
    }
}

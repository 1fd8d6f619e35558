package org.campaignadvisor.rules;

import org.junit.jupiter.api.Tag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.campaignadvisor.Fixtures;
import org.campaignadvisor.advice.Advice;
import org.campaignadvisor.advice.Finding;
import org.campaignadvisor.advice.Severity;
import org.campaignadvisor.evidence.EvidenceBase;
import org.campaignadvisor.plan.InvalidPlanException;
import org.campaignadvisor.plan.Plan;
import org.campaignadvisor.plan.PlanReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("unit")
class RuleBookTest {

    private static Plan plan(String name) throws Exception {
        return PlanReader.read(Fixtures.fixturePlan(name));
    }

    private static EvidenceBase fixtureEvidence() throws Exception {
        return EvidenceBase.load(Fixtures.FIXTURES.resolve("seeds"));
    }

    @Test
    void random_recruitment_is_warned_with_why_evidence_and_rule_file() throws Exception {
        Advice advice = Fixtures.fixture().evaluate(plan("random.yaml"));
        assertThat(advice.findings()).singleElement().satisfies(f -> {
            assertThat(f.id()).isEqualTo("recruitment.random");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).isEqualTo("Followers added at random rarely care about electoral.");
            assertThat(f.why()).isEqualTo("Recruitment = random; channels = Facebook, VKontakte");
            assertThat(f.reportSays()).extracting(c -> c.lesson()).containsExactly("A8", "N3");
            assertThat(f.reportSays().get(0).figures()).extracting(fig -> fig.text()).containsExactly("Fixture figure");
            assertThat(f.ruleFile()).isEqualTo("advice.drl");
        });
        assertThat(advice.counts()).containsEntry("warnings", 1).containsEntry("strengths", 0);
        assertThat(advice.readiness()).singleElement().satisfies(r -> assertThat(r.status()).isEqualTo("not ready"));
    }

    @Test
    void reach_is_estimated_from_the_segment_and_the_context_profile() throws Exception {
        Advice advice = Fixtures.fixture().evaluate(plan("targeted.json"));
        Finding finding = advice.findings().get(0);
        // 100,000 students × 50 % online × 40 % on social networks in test-land
        assertThat(finding.message()).isEqualTo("You recruit from groups chosen on purpose; about 20,000 of them can be reached online (40 %).");
        assertThat(finding.why()).isEqualTo("Recruitment = targeted; 100,000 people in the audience segments, about 50,000 of them online (50 %); about 20,000 of those use social networks (40 % in a survey of internet users cited for this context)");
    }

    @Test
    void the_catalogue_lists_advice_and_classification_rules_with_their_metadata() {
        List<RuleEntry> catalogue = Fixtures.fixture().ruleBook().catalogue();
        assertThat(catalogue).extracting(RuleEntry::name)
                .containsExactly("recruitment.random", "recruitment.targeted", "classify random recruitment");
        RuleEntry random = catalogue.get(0);
        assertThat(random.kind()).isEqualTo("advice");
        assertThat(random.lessons()).containsExactly("A8", "N3");
        assertThat(random.line()).isEqualTo(10);
        assertThat(catalogue.get(2).kind()).isEqualTo("classification");
    }

    @Test
    void an_unknown_context_profile_is_a_plan_problem() throws Exception {
        Plan plan = plan("random.yaml");
        Plan elsewhere = new Plan(plan.name(), null, "atlantis", null, plan.goal(), null, plan.audience(), plan.channels(),
                null, null, null, null, null, null, null);
        InvalidPlanException e = catchThrowableOfType(InvalidPlanException.class, () -> Fixtures.fixture().evaluate(elsewhere));
        assertThat(e.problems()).singleElement().hasToString(
                "context: unknown context profile \"atlantis\"; known profiles: test-land");
    }

    @Test
    void editing_a_rule_file_changes_the_next_result_without_rebuilding(@TempDir Path dir) throws Exception {
        Path rules = Fixtures.copyOfFixtureRules(dir);
        Plan plan = plan("random.yaml");
        Advice before = new Advisor(RuleBook.compile(rules), fixtureEvidence()).evaluate(plan);
        Path advice = rules.resolve("advice.drl");
        Files.writeString(advice, Files.readString(advice)
                .replace("rarely care about {goal}.", "will not vote for you."));
        RuleBook edited = RuleBook.compile(rules);
        Advice after = new Advisor(edited, fixtureEvidence()).evaluate(plan);
        assertThat(before.findings().get(0).message()).isEqualTo("Followers added at random rarely care about electoral.");
        assertThat(after.findings().get(0).message()).isEqualTo("Followers added at random will not vote for you.");
        assertThat(after.ruleBookVersion()).isNotEqualTo(before.ruleBookVersion());
    }

    @Test
    void a_broken_rule_file_is_reported_with_file_line_and_column(@TempDir Path dir) throws Exception {
        Path rules = Fixtures.copyOfFixtureRules(dir);
        Files.writeString(rules.resolve("broken.drl"), """
                package advisor;
                import org.campaignadvisor.plan.*;

                rule "broken"
                when
                    Audience( recruitment == )
                then
                end
                """);
        RuleCompileException e = catchThrowableOfType(RuleCompileException.class, () -> RuleBook.compile(rules));
        assertThat(e.problems()).first().satisfies(p -> {
            assertThat(p.file()).isEqualTo("broken.drl");
            assertThat(p.line()).isEqualTo(6);
            assertThat(p.column()).isEqualTo(30);
            assertThat(p.text()).isEqualTo("    Audience( recruitment == )");
            assertThat(p.toString()).startsWith("broken.drl:6:30: [ERR 101] Line 6:29 no viable alternative at input ')'");
        });
    }

    @Test
    void an_advice_rule_without_a_message_is_rejected_at_compile_time(@TempDir Path dir) throws Exception {
        Path rules = Fixtures.copyOfFixtureRules(dir);
        Files.writeString(rules.resolve("incomplete.drl"), """
                package advisor;
                import org.campaignadvisor.plan.*;
                global org.campaignadvisor.rules.FindingSink findings;

                rule "goal.vague"
                    @severity("warning") @theme("goal") @weight(5) @reading("A test reading.") @lessons("A6") @title("Vague goal")
                when
                    Goal( description == "" )
                then
                    findings.add(drools, "goal.description is empty");
                end
                """);
        RuleCompileException e = catchThrowableOfType(RuleCompileException.class, () -> RuleBook.compile(rules));
        assertThat(e.problems()).extracting(RuleProblem::toString).containsExactly(
                "incomplete.drl:5: rule \"goal.vague\": an advice rule needs @message(\"…\")\n    rule \"goal.vague\"");
    }

    @Test
    void a_directory_without_rule_files_is_an_error(@TempDir Path dir) {
        assertThatThrownBy(() -> RuleBook.compile(dir))
                .isInstanceOf(RuleCompileException.class)
                .hasMessageContaining("holds no rule files (.drl, .dsl or .dslr)");
    }

    @Test
    void a_looping_rule_is_stopped_with_a_clear_error_and_the_next_evaluation_works(@TempDir Path dir) throws Exception {
        Path rules = Fixtures.copyOfFixtureRules(dir);
        Files.writeString(rules.resolve("loop.drl"), """
                package advisor;
                import org.campaignadvisor.plan.*;
                declare Tick n : int end
                rule "start ticking"
                when
                    Audience( recruitment == "random" )
                    not Tick( )
                then
                    insert(new Tick(0));
                end
                rule "tick forever"
                when
                    t : Tick( n >= 0 )
                then
                    modify(t) { setN(t.getN() + 1) }
                end
                """);
        Advisor advisor = new Advisor(RuleBookSource.of(RuleBook.compile(rules)), fixtureEvidence(), new Limits(500, 10_000, 5_000));
        Plan plan = plan("random.yaml");
        assertThatThrownBy(() -> advisor.evaluate(plan))
                .isInstanceOf(EvaluationException.class)
                .hasMessageContaining("fired more than 500 times")
                .hasMessageContaining("rule \"tick forever\"");
        assertThat(advisor.stuckEvaluations()).as("the stopped evaluation left nothing running").isZero();
        assertThat(advisor.evaluate(plan("targeted.json")).findings()).as("the same advisor evaluates the next plan").hasSize(1);
    }

    @Test
    void a_rule_that_inserts_too_many_facts_is_stopped(@TempDir Path dir) throws Exception {
        Path rules = Fixtures.copyOfFixtureRules(dir);
        Files.writeString(rules.resolve("flood.drl"), """
                package advisor;
                import org.campaignadvisor.plan.*;
                declare Grain n : int end
                rule "flood"
                when
                    Audience( recruitment == "random" )
                then
                    for (int i = 0; i < 1000000; i++) { insert(new Grain(i)); }
                end
                """);
        Advisor advisor = new Advisor(RuleBook.compile(rules), fixtureEvidence());
        assertThatThrownBy(() -> advisor.evaluate(plan("random.yaml")))
                .isInstanceOf(EvaluationException.class)
                .hasMessageContaining("rule \"flood\" inserted more than 10000 facts");
        assertThat(advisor.stuckEvaluations()).as("the stopped evaluation left nothing running").isZero();
        assertThat(advisor.evaluate(plan("targeted.json")).findings()).as("the same advisor evaluates the next plan").hasSize(1);
    }

    @Test
    void a_rule_that_throws_names_the_rule(@TempDir Path dir) throws Exception {
        Path rules = Fixtures.copyOfFixtureRules(dir);
        Files.writeString(rules.resolve("throws.drl"), """
                package advisor;
                import org.campaignadvisor.plan.*;
                rule "divides by zero"
                when
                    a : Audience( recruitment == "random" )
                then
                    int x = 1 / a.segments().size() / 0;
                end
                """);
        Advisor advisor = new Advisor(RuleBook.compile(rules), fixtureEvidence());
        assertThatThrownBy(() -> advisor.evaluate(plan("random.yaml")))
                .isInstanceOf(EvaluationException.class)
                .hasMessageContaining("rule \"divides by zero\" failed (ArithmeticException: / by zero)");
        assertThat(advisor.stuckEvaluations()).as("the failed evaluation left nothing running").isZero();
        assertThat(advisor.evaluate(plan("targeted.json")).findings()).as("the same advisor evaluates the next plan").hasSize(1);
    }
}

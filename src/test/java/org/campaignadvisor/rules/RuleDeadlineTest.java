package org.campaignadvisor.rules;

import org.junit.jupiter.api.Tag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import org.campaignadvisor.Fixtures;
import org.campaignadvisor.evidence.EvidenceBase;
import org.campaignadvisor.plan.Plan;
import org.campaignadvisor.plan.PlanReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rules that never end or reach outside the engine (issue 11, item 3): an endless consequence is
 * stopped at the hard deadline and the same advisor keeps working; a thread that cannot be stopped is
 * counted as stuck and new evaluations are refused until it returns; System.exit, files, programs and
 * the network are refused when the rules are compiled, at file:line.
 */
@Tag("unit")
class RuleDeadlineTest {
    private static Plan plan(String name) throws Exception {
        return PlanReader.read(Fixtures.fixturePlan(name));
    }

    private static EvidenceBase evidence() throws Exception {
        return EvidenceBase.load(Fixtures.FIXTURES.resolve("seeds"));
    }

    private static Path rulesWith(Path dir, String body) throws Exception {
        Path rules = Fixtures.copyOfFixtureRules(dir);
        Files.writeString(rules.resolve("bad.drl"), """
                package advisor;
                import org.campaignadvisor.plan.*;
                rule "never ends"
                when
                    Audience( recruitment == "random" )
                then
                %s
                end
                """.formatted(body));
        return rules;
    }

    @Test
    void an_endless_consequence_is_stopped_at_the_deadline_and_the_same_advisor_keeps_working(@TempDir Path dir) throws Exception {
        Advisor advisor = new Advisor(RuleBookSource.of(RuleBook.compile(rulesWith(dir, "    while (true) { }"))), evidence(),
                new Limits(10_000, 10_000, 300, 2, 2));
        long start = System.nanoTime();
        assertThatThrownBy(() -> advisor.evaluate(plan("random.yaml")))
                .isInstanceOf(EvaluationException.class)
                .hasMessageContaining("took longer than 300 ms")
                .hasMessageContaining("rule \"never ends\"");
        assertThat((System.nanoTime() - start) / 1_000_000).as("milliseconds until the caller got its answer").isLessThan(2_000);
        assertThat(advisor.evaluate(plan("targeted.json")).findings()).as("the same advisor answers the next plan").hasSize(1);
        assertThat(advisor.stuckEvaluations()).as("on Java 17 the looping thread is stopped, not left running").isZero();
    }

    @Test
    void a_thread_that_cannot_be_stopped_is_counted_and_new_evaluations_are_refused_until_it_returns(@TempDir Path dir)
            throws Exception {
        // Swallows every attempt to stop it for about three seconds, then ends by itself.
        String stubborn = """
                    long until = System.nanoTime() + 3000000000L;
                    while (System.nanoTime() < until) { try { while (System.nanoTime() < until) { } } catch (Throwable t) { } }
                """;
        Advisor advisor = new Advisor(RuleBookSource.of(RuleBook.compile(rulesWith(dir, stubborn))), evidence(),
                new Limits(10_000, 10_000, 300, 2, 1));
        assertThatThrownBy(() -> advisor.evaluate(plan("random.yaml"))).isInstanceOf(EvaluationException.class);
        assertThat(advisor.stuckEvaluations()).isEqualTo(1);
        EvaluationException busy = catchThrowableOfType(EvaluationException.class, () -> advisor.evaluate(plan("targeted.json")));
        assertThat(busy.busy()).isTrue();
        assertThat(busy).hasMessageContaining("did not finish");
        long until = System.nanoTime() + 10_000_000_000L;
        while (advisor.stuckEvaluations() > 0 && System.nanoTime() < until) {
            Thread.sleep(50);
        }
        assertThat(advisor.stuckEvaluations()).as("the stuck thread came back").isZero();
        assertThat(advisor.evaluate(plan("targeted.json")).findings()).hasSize(1);
    }

    @Test
    void a_rule_that_ends_the_program_or_reads_files_is_refused_at_its_line(@TempDir Path dir) throws Exception {
        RuleCompileException exit = catchThrowableOfType(RuleCompileException.class,
                () -> RuleBook.compile(rulesWith(dir.resolve("a"), "    System.exit(0);")));
        assertThat(exit.problems()).extracting(RuleProblem::toString).singleElement().asString()
                .startsWith("bad.drl:7:5: \"System.exit\" is not allowed in rules").endsWith("System.exit(0);");
        RuleCompileException read = catchThrowableOfType(RuleCompileException.class,
                () -> RuleBook.compile(rulesWith(dir.resolve("b"), "    String s = new String(java.nio.file.Files.readAllBytes(null));")));
        assertThat(read.problems()).extracting(RuleProblem::line).containsExactly(7);
        RuleCompileException process = catchThrowableOfType(RuleCompileException.class,
                () -> RuleBook.compile(rulesWith(dir.resolve("c"), "    Runtime.getRuntime().exec(\"ls\");")));
        assertThat(process.problems()).isNotEmpty();
    }

    @Test
    void quoted_text_and_comments_may_mention_forbidden_words() {
        assertThat(ForbiddenCalls.check(java.util.Map.of("ok.drl", """
                // System.exit is not allowed
                rule "x" @message("Runtime of the Thread is short") when then end
                """))).isEmpty();
    }
}

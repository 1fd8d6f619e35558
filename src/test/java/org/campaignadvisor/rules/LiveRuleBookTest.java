package org.campaignadvisor.rules;

import org.junit.jupiter.api.Tag;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.campaignadvisor.Fixtures;
import org.campaignadvisor.evidence.EvidenceBase;
import org.campaignadvisor.plan.Plan;
import org.campaignadvisor.plan.PlanReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("unit")
class LiveRuleBookTest {

    private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition not met within 10 s").isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    @Test
    void an_edited_rule_file_is_picked_up_by_the_watcher(@TempDir Path dir) throws Exception {
        Path rules = Fixtures.copyOfFixtureRules(dir);
        Plan plan = PlanReader.read(Fixtures.fixturePlan("random.yaml"));
        try (LiveRuleBook live = LiveRuleBook.watch(rules, 100)) {
            Advisor advisor = new Advisor(live, EvidenceBase.load(Fixtures.FIXTURES.resolve("seeds")), Limits.DEFAULT);
            String before = live.status().version();
            Path advice = rules.resolve("advice.drl");
            Files.writeString(advice, Files.readString(advice).replace("rarely care about {goal}.", "drift away."));
            awaitTrue(() -> !live.status().version().equals(before));
            assertThat(advisor.evaluate(plan).findings().get(0).message()).isEqualTo("Followers added at random drift away.");
            assertThat(live.status().lastAttemptOk()).isTrue();
        }
    }

    @Test
    void a_broken_edit_keeps_the_last_good_rules_and_reports_the_problem(@TempDir Path dir) throws Exception {
        Path rules = Fixtures.copyOfFixtureRules(dir);
        Plan plan = PlanReader.read(Fixtures.fixturePlan("random.yaml"));
        try (LiveRuleBook live = LiveRuleBook.watch(rules, 100)) {
            Advisor advisor = new Advisor(live, EvidenceBase.load(Fixtures.FIXTURES.resolve("seeds")), Limits.DEFAULT);
            String good = live.status().version();
            Files.writeString(rules.resolve("broken.drl"), "package advisor;\n\nrule \"half\"\nwhen\n  Goal( kind == )\nthen\nend\n");
            awaitTrue(() -> !live.status().lastAttemptOk());
            RuleStatus status = live.status();
            assertThat(status.version()).isEqualTo(good);
            assertThat(status.problems()).first().satisfies(p -> {
                assertThat(p.file()).isEqualTo("broken.drl");
                assertThat(p.line()).isEqualTo(5);
                assertThat(p.text()).isEqualTo("  Goal( kind == )");
            });
            assertThat(advisor.evaluate(plan).findings()).extracting(f -> f.id()).containsExactly("recruitment.random");

            Files.delete(rules.resolve("broken.drl"));
            awaitTrue(() -> live.status().lastAttemptOk());
            assertThat(live.status().problems()).isEmpty();
        }
    }

    @Test
    void an_added_then_deleted_rule_file_adds_then_removes_its_findings(@TempDir Path dir) throws Exception {
        Path rules = Fixtures.copyOfFixtureRules(dir);
        Plan plan = PlanReader.read(Fixtures.fixturePlan("random.yaml"));
        try (LiveRuleBook live = LiveRuleBook.watch(rules, 0)) {
            Advisor advisor = new Advisor(live, EvidenceBase.load(Fixtures.FIXTURES.resolve("seeds")), Limits.DEFAULT);
            assertThat(advisor.evaluate(plan).findings()).extracting(f -> f.id()).containsExactly("recruitment.random");
            Path extra = rules.resolve("extra.drl");
            Files.writeString(extra, """
                    package advisor;
                    import org.campaignadvisor.plan.*;
                    global org.campaignadvisor.rules.FindingSink findings;
                    rule "goal.no-description"
                        @severity("recommendation") @theme("goal") @weight(5) @reading("A test reading.") @lessons("A8") @title("Describe the goal")
                        @message("Say in one sentence what the campaign wants.")
                    when
                        Goal( description == "" )
                    then
                        findings.add(drools, "goal.description is empty");
                    end
                    """);
            assertThat(live.reload().lastAttemptOk()).isTrue();
            assertThat(advisor.evaluate(plan).findings()).extracting(f -> f.id())
                    .containsExactly("recruitment.random", "goal.no-description");
            Files.delete(extra);
            assertThat(live.reload().lastAttemptOk()).isTrue();
            assertThat(advisor.evaluate(plan).findings()).extracting(f -> f.id()).containsExactly("recruitment.random");
        }
    }

    @Test
    void a_change_is_compiled_only_once_the_files_stop_changing(@TempDir Path dir) throws Exception {
        Path rules = Fixtures.copyOfFixtureRules(dir);
        try (LiveRuleBook live = LiveRuleBook.watch(rules, 0)) {
            String before = live.status().version();
            Path advice = rules.resolve("advice.drl");
            Files.writeString(advice, Files.readString(advice).replace("rarely care about {goal}.", "drift away."));
            live.poll();
            assertThat(live.status().version()).as("first sight of the change: not compiled yet").isEqualTo(before);
            assertThat(live.status().pending()).contains("once the files stop changing");
            live.poll();
            assertThat(live.status().version()).as("unchanged at the next poll: served").isNotEqualTo(before);
            assertThat(live.status().pending()).isEmpty();
        }
    }

    @Test
    void a_half_saved_empty_file_is_held_back_until_a_further_poll_confirms_it(@TempDir Path dir) throws Exception {
        Path rules = Fixtures.copyOfFixtureRules(dir);
        try (LiveRuleBook live = LiveRuleBook.watch(rules, 0)) {
            RuleStatus before = live.status();
            Files.writeString(rules.resolve("advice.drl"), ""); // an editor that truncates, then writes
            live.poll();
            live.poll();
            RuleStatus held = live.status();
            assertThat(held.version()).as("the emptied rule base is not served").isEqualTo(before.version());
            assertThat(held.rules()).isEqualTo(before.rules());
            assertThat(held.pending()).contains("held back: every rule is gone from advice.drl (2 → 0)");
            assertThat(held.in(org.campaignadvisor.text.Language.of("ru").orElseThrow()).pending())
                    .startsWith("изменение отложено: из advice.drl (2 → 0) исчезли все правила; ");

            Files.writeString(rules.resolve("advice.drl"), Files.readString(Fixtures.FIXTURES.resolve("rules/advice.drl")));
            live.poll();
            live.poll();
            assertThat(live.status().version()).as("the file written back in full: same rules as before").isEqualTo(before.version());
            assertThat(live.status().pending()).isEmpty();

            Files.writeString(rules.resolve("advice.drl"), "");
            live.poll();
            live.poll();
            live.poll();
            assertThat(live.status().rules()).as("still empty at a further poll: the trainer meant it").isLessThan(before.rules());
        }
    }
}

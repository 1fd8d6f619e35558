package org.campaignadvisor.cli;

import org.junit.jupiter.api.Tag;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.campaignadvisor.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("unit")
class EvaluateCommandTest {
    private static final String RULES = Fixtures.FIXTURES.resolve("rules").toString();
    private static final String SEEDS = Fixtures.FIXTURES.resolve("seeds").toString();

    private static CliRun evaluate(String plan, String... more) {
        String[] args = new String[4 + more.length + 2];
        args[0] = "evaluate";
        args[1] = plan;
        args[2] = "--seeds";
        args[3] = SEEDS;
        System.arraycopy(more, 0, args, 4, more.length);
        boolean ownRules = java.util.Arrays.asList(more).contains("--rules");
        args[args.length - 2] = ownRules ? "--format" : "--rules";
        args[args.length - 1] = ownRules ? "text" : RULES;
        return CliRun.of(args);
    }

    @Test
    void evaluate_prints_findings_grouped_by_severity_with_why_and_evidence() {
        CliRun run = evaluate(Fixtures.fixturePlan("random.yaml").toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains(
                "Friending campaign  (context test-land, rules ",
                "1 warning · 0 recommendations · 0 strengths",
                "WARNINGS",
                "  [recruitment.random] Random recruitment gathers no supporters",
                "    why:      Recruitment = random; channels = Facebook, VKontakte",
                "    report:   A8 (Action steps) Recruit by analysis, not at random",
                "    ours:     our reading, not the report's",
                "              · Fixture figure (Fixture source)",
                "    rule:     recruitment.random (advice.drl)",
                "  Recruiting followers           not ready     1 warning, 0 recommendations, 0 strengths");
    }

    @Test
    void json_format_carries_counts_version_and_findings() throws Exception {
        CliRun run = evaluate(Fixtures.fixturePlan("random.yaml").toString(), "--format", "json");
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.path("counts").path("warnings").asInt()).isEqualTo(1);
        assertThat(json.path("ruleBookVersion").asText()).hasSize(12);
        assertThat(json.path("findings").get(0).path("severity").asText()).isEqualTo("warning");
        assertThat(json.path("findings").get(0).path("reportSays").get(1).path("lesson").asText()).isEqualTo("N3");
    }

    @Test
    void markdown_format_has_a_heading_per_severity() {
        CliRun run = evaluate(Fixtures.fixturePlan("random.yaml").toString(), "--format", "markdown");
        assertThat(run.out()).contains("# Friending campaign", "## Warnings",
                "### Random recruitment gathers no supporters (`recruitment.random`)", "- **Why:** Recruitment = random", "- **What the report says** (A8", "- **Our reading** (the project's, not the report's)");
    }

    @Test
    void fail_on_warning_exits_with_one_when_a_warning_fires() {
        assertThat(evaluate(Fixtures.fixturePlan("random.yaml").toString(), "--fail-on", "warning").exitCode()).isEqualTo(1);
        assertThat(evaluate(Fixtures.fixturePlan("targeted.json").toString(), "--fail-on", "warning").exitCode()).isZero();
    }

    @Test
    void a_bad_plan_exits_with_two_and_lists_every_problem(@TempDir Path dir) throws Exception {
        Path plan = dir.resolve("bad.yaml");
        Files.writeString(plan, "name: x\ncontext: test-land\ngoal: {kind: petition}\nteam: {people: -1, budget: x}\n");
        CliRun run = evaluate(plan.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(plan + ": team.budget: must be a number, got \"x\"",
                plan + ": team.people: must be ≥ 0, got -1", "2 problems in " + plan);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void a_missing_plan_file_exits_with_two() {
        CliRun run = evaluate("no/such/plan.yaml");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no/such/plan.yaml: does not exist");
    }

    @Test
    void broken_rules_exit_with_two_and_print_file_line_and_column(@TempDir Path dir) throws Exception {
        Path rules = dir.resolve("rules");
        Files.createDirectories(rules);
        Files.writeString(rules.resolve("bad.drl"), "package advisor;\nrule \"x\"\nwhen\n  eval( \nthen\nend\n");
        CliRun run = evaluate(Fixtures.fixturePlan("random.yaml").toString(), "--rules", rules.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).containsPattern(java.util.regex.Pattern.quote(rules.resolve("bad.drl").toString()) + ":\\d+:\\d+: ");
        assertThat(run.err()).contains("nothing was evaluated");
    }

    @Test
    void help_is_available_on_every_command() {
        assertThat(CliRun.of("--help").out()).contains("evaluate");
        assertThat(CliRun.of("evaluate", "--help").out()).contains("--fail-on", "--rules", "--seeds", "Exit codes");
    }

    @Test
    void an_unknown_option_exits_with_two() {
        assertThat(CliRun.of("evaluate", "x.yaml", "--colour").exitCode()).isEqualTo(2);
    }

    @Test
    void an_endless_device_file_is_refused_with_one_line_and_exit_two() {
        CliRun run = evaluate("/dev/zero");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("/dev/zero: has more than 1000000 bytes (or never ends)").doesNotContain("Exception", "\tat ");
    }

    @Test
    void a_file_over_the_limit_is_refused_before_it_is_read(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path big = dir.resolve("big.yaml");
        try (var file = new java.io.RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(200L * 1024 * 1024); // 200 MB, sparse: nothing is written, and nothing must be read
        }
        CliRun run = evaluate(big.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("is 209715200 bytes; a plan file may have at most 1000000 bytes").doesNotContain("Exception");
    }

    @Test
    void a_missing_file_is_named_as_missing() {
        CliRun run = evaluate("nope.yaml");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("nope.yaml: does not exist", "1 problem in nope.yaml");
    }
}

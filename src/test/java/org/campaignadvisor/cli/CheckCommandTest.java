package org.campaignadvisor.cli;

import org.junit.jupiter.api.Tag;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.campaignadvisor.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("unit")
class CheckCommandTest {
    private static final String RULES = Fixtures.FIXTURES.resolve("rules").toString();
    private static final String SEEDS = Fixtures.FIXTURES.resolve("seeds").toString();

    private static Path scenariosWith(Path dir, String... files) throws Exception {
        Path scenarios = dir.resolve("scenarios");
        Files.createDirectories(scenarios);
        for (String file : files) {
            Files.copy(Fixtures.fixturePlan(file), scenarios.resolve(file));
        }
        return scenarios;
    }

    @Test
    void scenarios_that_meet_their_expectations_pass(@TempDir Path dir) throws Exception {
        Path scenarios = scenariosWith(dir, "random.yaml", "targeted.json");
        CliRun run = CliRun.of("check", "--rules", RULES, "--seeds", SEEDS, "--scenarios", scenarios.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains(
                "PASS " + scenarios.resolve("random.yaml") + " (1 finding)",
                "PASS " + scenarios.resolve("targeted.json") + " (1 finding)",
                "Lessons in seeds that no rule cites: none",
                "Advice rules that no scenario exercises: none",
                "\n2 passed, 0 failed\n");
    }

    @Test
    void a_scenario_whose_findings_differ_fails_and_names_the_findings(@TempDir Path dir) throws Exception {
        Path scenarios = scenariosWith(dir, "random.yaml");
        Path wrong = scenarios.resolve("wrong.yaml");
        Files.writeString(wrong, Files.readString(scenarios.resolve("random.yaml"))
                .replace("fires: [recruitment.random]", "fires: [recruitment.targeted, channels.typo]")
                .replace("doesNotFire: [recruitment.targeted]", "doesNotFire: [recruitment.random]"));
        CliRun run = CliRun.of("check", "--rules", RULES, "--seeds", SEEDS, "--scenarios", scenarios.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("FAIL " + wrong + ": missing channels.typo, recruitment.targeted;"
                + " unexpected recruitment.random; expects \"channels.typo\", which no rule produces",
                "Advice rules that no scenario exercises: recruitment.targeted",
                "\n1 passed, 1 failed\n");
    }

    @Test
    void an_unreadable_scenario_fails_with_its_field_problems(@TempDir Path dir) throws Exception {
        Path scenarios = scenariosWith(dir);
        Files.writeString(scenarios.resolve("bad.yaml"), "name: x\ncontext: test-land\ngoal: {kind: petition}\nteam: {people: -2}\n");
        CliRun run = CliRun.of("check", "--rules", RULES, "--seeds", SEEDS, "--scenarios", scenarios.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("FAIL " + scenarios.resolve("bad.yaml") + ": team.people: must be ≥ 0, got -2", "0 passed, 1 failed");
    }
}

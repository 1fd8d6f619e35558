package org.campaignadvisor.cli;

import org.junit.jupiter.api.Tag;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.campaignadvisor.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("unit")
class CompareCommandTest {
    private static final String BOYCOTT = Fixtures.SCENARIOS.resolve("alga-boycott-2011.yaml").toString();
    private static final String IMPROVED = Fixtures.SCENARIOS.resolve("alga-boycott-improved.yaml").toString();

    @Test
    void compare_prints_a_matrix_with_keys_marks_totals_and_the_diff() {
        CliRun run = CliRun.of("compare", BOYCOTT, IMPROVED);
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("  A  alga-boycott-2011", "  B  alga-boycott-improved", "CHANNELS",
                "* Your audience is split across too many networks", "WHAT DIFFERS (alga-boycott-2011 → alga-boycott-improved)",
                "goal.offlineAction: Stay away (abstain) → Sign", "findings that disappeared: action.abstention");
        assertThat(run.out()).containsPattern("\\n\\* Your audience is split across too many networks +W  ·");
    }

    @Test
    void a_whole_folder_is_compared() {
        CliRun run = CliRun.of("compare", Fixtures.SCENARIOS.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Comparing 26 plans").contains("W  spoil-the-ballot-improved");
    }

    @Test
    void markdown_output_is_a_table_with_one_column_per_plan() {
        String out = CliRun.of("compare", BOYCOTT, IMPROVED, "--format", "markdown").out();
        assertThat(out).contains("| theme | finding | alga-boycott-2011 | alga-boycott-improved |\n|---|---|---|---|\n",
                "| Channels | **≠** Your audience is split across too many networks (`channels.fragmented`) | Warning | — |");
        out.lines().filter(l -> l.startsWith("| Channels | ")  && l.contains("`")).forEach(l -> assertThat(l.chars().filter(ch -> ch == '|').count()).isEqualTo(5));
    }

    @Test
    void csv_quotes_cells_with_commas(@TempDir Path dir) throws Exception {
        Path plan = dir.resolve("boycott, first try.yaml");
        Files.writeString(plan, Files.readString(Path.of(BOYCOTT)));
        String out = CliRun.of("compare", plan.toString(), IMPROVED, "--format", "csv").out();
        assertThat(out).startsWith("theme,finding,title,differs,\"boycott, first try\",alga-boycott-improved\r\n");
        assertThat(out).contains("Channels,channels.fragmented,Your audience is split across too many networks,yes,Warning,\r\n");
        assertThat(out).contains("totals,warnings,,,11,1\r\n");
    }

    @Test
    void html_output_escapes_plan_names(@TempDir Path dir) throws Exception {
        Path plan = dir.resolve("x<script>.yaml");
        Files.writeString(plan, Files.readString(Path.of(BOYCOTT)));
        String out = CliRun.of("compare", plan.toString(), IMPROVED, "--format", "html").out();
        assertThat(out).contains("<th scope=\"col\">x&lt;script&gt;</th>").doesNotContain("x<script>");
        assertThat(out).as("the same page as the web service, with its stylesheet inside").contains("<style>", "class=\"matrix\"")
                .doesNotContain("/static/style.css", "<script");
    }

    @Test
    void an_invalid_file_is_reported_by_field_and_the_rest_compared(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "name: Bad\ncontext: kazakhstan-2011\ngoal: {kind: petition}\naudience: {segments: [{name: a, size: -3}]}\n");
        CliRun run = CliRun.of("compare", BOYCOTT, bad.toString(), IMPROVED);
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("NOT COMPARED", bad + ": audience.segments[0].size: must be ≥ 0, got -3", "  B  alga-boycott-improved");
    }

    @Test
    void nothing_comparable_exits_with_two(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "name: [\n");
        assertThat(CliRun.of("compare", bad.toString()).exitCode()).isEqualTo(2);
    }

    @Test
    void improve_lists_the_changes_that_help_most_first() {
        CliRun run = CliRun.of("improve", BOYCOTT);
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("What would help most: Alga boycott", " 1. ", "clears 2 warnings", "Why the first comes first: It clears");
    }
}

package org.campaignadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.campaignadvisor.Fixtures;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of mistake a trainer makes in a rule file is caught by {@code check} before it is served,
 * at file:line with the offending line and, where it can, a fix; the summary counts it and check exits 1.
 */
@Tag("unit")
public class RuleMistakesTest {
    private static final String FRAGMENTED = "rule \"channels.fragmented\"";

    static Stream<Arguments> mistakes() {
        return Stream.of(
                Arguments.of("an unknown lesson id", (UnaryOperator<String>) t -> t.replace("@lessons(\"N7 A3\")", "@lessons(\"N7 A66\")"),
                        "@lessons names A66, which is not a lesson in seeds/lessons.yaml"),
                Arguments.of("an unknown placeholder", (UnaryOperator<String>) t -> t.replace("({socialNetworkList})", "({socialNetworkLst})"),
                        "{socialNetworkLst} cannot be filled"),
                Arguments.of("an unknown theme", (UnaryOperator<String>) t -> t.replace("@severity(\"warning\") @theme(\"channels\") @weight(6)",
                        "@severity(\"warning\") @theme(\"chanels\") @weight(6)"), "is not a theme; themes:"),
                Arguments.of("an unknown severity", (UnaryOperator<String>) t -> t.replace("@severity(\"warning\") @theme(\"channels\") @weight(6)",
                        "@severity(\"warn\") @theme(\"channels\") @weight(6)"), "@severity must be warning, recommendation or strength"),
                Arguments.of("a duplicate rule name", (UnaryOperator<String>) t -> t.replace("rule \"channels.one-way\"", FRAGMENTED),
                        "is also defined at advice/channels.dslr:"),
                Arguments.of("an unclosed quote", (UnaryOperator<String>) t -> t.replace("@title(\"Your audience is split across too many networks\")",
                        "@title(\"Your audience is split across too many networks)"), "a quotation mark opened here is not closed"),
                Arguments.of("a missing end", (UnaryOperator<String>) t -> t.replaceFirst("(?s)(rule \"channels.fragmented\".*?report the finding\\n)end\\n", "$1"),
                        "rule \"channels.fragmented\" has no \"end\" before the next rule"),
                Arguments.of("a sentence outside the vocabulary", (UnaryOperator<String>) t -> t.replace(
                        "the plan uses at least 3 social networks, none with 1000 followers or more",
                        "the plan uses at least 3 social netwerks, none with 1000 followers or more"),
                        "this when sentence is not in the vocabulary; did you mean"));
    }

    @ParameterizedTest(name = "{0} is reported at its line and counted")
    @MethodSource("mistakes")
    void a_mistake_is_reported_at_its_line_and_counted(String kind, UnaryOperator<String> edit, String expected, @TempDir Path dir)
            throws Exception {
        Path rules = copy(Fixtures.RULES, dir.resolve("rules"));
        Path channels = rules.resolve("advice/channels.dslr");
        Edit made = edit(channels, edit, kind);
        String before = made.before();
        String after = made.after();
        CliRun run = check(rules);
        assertThat(run.exitCode()).as("exit code for %s", kind).isEqualTo(1);
        assertThat(run.err()).contains(expected).containsPattern("advice/channels\\.dslr:\\d+:\\d+: ");
        assertThat(run.out()).containsPattern("0 passed, 0 failed, \\d+ problems? in the rule files");

        // the same mistake in the status a running service reports (GET /api/v1/rules/status) ...
        var status = statusAfterEdit(rules, channels, before, after);
        assertThat(status.problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("advice/channels.dslr");
            assertThat(p.message()).contains(expected);
        });
        // ... and on the trainers' page, when the draft is tried before saving
        Files.writeString(channels, before);
        var trial = org.campaignadvisor.trainer.DraftTrial.run(rules, "advice/channels.dslr", after,
                org.campaignadvisor.Fixtures.real(), org.campaignadvisor.Fixtures.real().evidence(), java.util.List.of());
        assertThat(trial.compiles()).isFalse();
        assertThat(trial.problems()).anySatisfy(p -> assertThat(p.message()).contains(expected));
    }

    public static Path copy(Path from, Path to) throws Exception {
        return Fixtures.copy(from, to);
    }

    /** A file's text before and after a mistake was made in it. */
    record Edit(String before, String after) {
    }

    /** Makes the mistake in the file (failing if the edit does not apply) and returns both texts. */
    static Edit edit(Path file, UnaryOperator<String> mistake, String kind) throws Exception {
        String before = Files.readString(file);
        String after = mistake.apply(before);
        assertThat(after).as("the edit for %s applies", kind).isNotEqualTo(before);
        Files.writeString(file, after);
        return new Edit(before, after);
    }

    /** {@code check} over these rules, the real seeds and scenarios. */
    static CliRun check(Path rules) {
        return CliRun.of("check", "--rules", rules.toString(), "--seeds", "seeds", "--scenarios", "scenarios");
    }

    /**
     * The status a running service reports after a file changes from {@code before} to {@code after}:
     * the change refused, the last good rules still served.
     */
    static org.campaignadvisor.rules.RuleStatus statusAfterEdit(Path rules, Path file, String before, String after) throws Exception {
        Files.writeString(file, before);
        var evidence = org.campaignadvisor.Fixtures.real().evidence();
        try (var live = org.campaignadvisor.rules.LiveRuleBook.watch(rules, 0, org.campaignadvisor.rules.KnownIds.of(evidence))) {
            String served = live.status().version();
            Files.writeString(file, after);
            var status = live.reload();
            assertThat(status.lastAttemptOk()).isFalse();
            assertThat(status.version()).as("the last good rules keep serving").isEqualTo(served);
            return status;
        }
    }
}

package org.campaignadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.campaignadvisor.Fixtures;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A rule base that declares a language (rules/lang/ru.yaml) must say every advice rule in it: a
 * missing or empty text, or a placeholder in one language and not the other, is reported by
 * {@code check} and in the service's rule status at file:line, and the last good rules keep serving.
 */
@Tag("unit")
class TranslationMistakesTest {

    static Stream<Arguments> mistakes() {
        return Stream.of(
                Arguments.of("a missing title", (UnaryOperator<String>) t -> t.replace(
                        "  title: \"Ваша аудитория распылена по слишком многим сетям\"\n", ""),
                        "rule \"channels.fragmented\" has no title in lang/ru.yaml", "advice/channels\\.dslr:\\d+: "),
                Arguments.of("an empty action", (UnaryOperator<String>) t -> t.replace(
                        "  action: \"Выберите одну-две сети, где ваша аудитория уже есть, вложите силы туда, а остальные свяжите с ними ссылками.\"",
                        "  action: \"\""),
                        "rule \"channels.fragmented\": the action is empty", "lang/ru\\.yaml:48: "),
                Arguments.of("a placeholder only in English", (UnaryOperator<String>) t -> t.replace(
                        "Социальных сетей в плане: {socialNetworks} ({socialNetworkList})", "Социальных сетей в плане: {socialNetworks}"),
                        "the message lacks {socialNetworkList}, which the English has", "lang/ru\\.yaml:46: "),
                Arguments.of("a placeholder only in the translation", (UnaryOperator<String>) t -> t.replace(
                        "самое большое число подписчиков среди них — {largestFollowers}", "самое большое число подписчиков — {largest}"),
                        "the message has {largest}, which the English does not have", "lang/ru\\.yaml:46: "));
    }

    @ParameterizedTest(name = "{0} is reported at its line")
    @MethodSource("mistakes")
    void a_translation_mistake_is_reported_at_its_line(String kind, UnaryOperator<String> edit, String expected, String where,
                                                      @TempDir Path dir) throws Exception {
        Path rules = RuleMistakesTest.copy(Fixtures.RULES, dir.resolve("rules"));
        Path russian = rules.resolve("lang/ru.yaml");
        RuleMistakesTest.Edit made = RuleMistakesTest.edit(russian, edit, kind);
        String before = made.before();
        String after = made.after();
        CliRun run = RuleMistakesTest.check(rules);
        assertThat(run.exitCode()).as("exit code for %s", kind).isEqualTo(1);
        assertThat(run.err()).contains(expected).containsPattern(where);

        var status = RuleMistakesTest.statusAfterEdit(rules, russian, before, after);
        assertThat(status.problems()).anySatisfy(p -> assertThat(p.message()).contains(expected));
    }
}

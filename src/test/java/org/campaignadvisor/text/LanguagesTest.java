package org.campaignadvisor.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.campaignadvisor.rules.Wording;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Languages are files: every shipped language has every message and label, Russian plurals take
 * their three forms from ICU's rules, numbers and dates follow the language, and the language of a
 * request or a terminal is chosen as people expect.
 */
@Tag("unit")
class LanguagesTest {
    private static final Language RU = Language.of("ru").orElseThrow();
    private static final YAMLMapper YAML = new YAMLMapper();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "1, 1 предупреждение", "2, 2 предупреждения", "5, 5 предупреждений", "11, 11 предупреждений",
        "21, 21 предупреждение", "22, 22 предупреждения", "25, 25 предупреждений"})
    void russian_counts_take_the_plural_form_the_number_asks_for(int n, String expected) {
        assertThat(Labels.of(RU).count("warning", n)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} recommendations, {0} strengths")
    @CsvSource({
        "1, 1 рекомендация, 1 сильная сторона", "2, 2 рекомендации, 2 сильные стороны", "5, 5 рекомендаций, 5 сильных сторон",
        "11, 11 рекомендаций, 11 сильных сторон", "21, 21 рекомендация, 21 сильная сторона", "22, 22 рекомендации, 22 сильные стороны",
        "25, 25 рекомендаций, 25 сильных сторон"})
    void every_russian_severity_has_its_three_forms(int n, String recommendations, String strengths) {
        assertThat(Labels.of(RU).count("recommendation", n)).isEqualTo(recommendations);
        assertThat(Labels.of(RU).count("strength", n)).isEqualTo(strengths);
    }

    @Test
    void english_counts_keep_their_two_forms() {
        assertThat(Labels.get().count("warning", 1)).isEqualTo("1 warning");
        assertThat(Labels.get().count("warning", 21)).isEqualTo("21 warnings");
    }

    @Test
    void numbers_percentages_and_dates_follow_the_language() {
        assertThat(Wording.number(RU, 12_000)).isEqualTo("12\u00A0000");
        assertThat(Wording.percent(RU, 0.45)).isEqualTo("45\u00A0%");
        assertThat(Wording.percent(RU, 0.004)).isEqualTo("0,4\u00A0%");
        assertThat(Wording.date(RU, LocalDate.of(2011, 4, 3))).isEqualTo("03.04.2011");
        assertThat(Wording.number(Language.ENGLISH, 12_000)).isEqualTo("12,000");
        assertThat(Wording.date(Language.ENGLISH, LocalDate.of(2011, 4, 3))).isEqualTo("2011-04-03");
    }

    @Test
    void the_language_is_chosen_from_what_the_browser_or_the_terminal_says() {
        assertThat(Language.fromAcceptLanguage("ru-RU,ru;q=0.9,en;q=0.5")).isEqualTo(RU);
        assertThat(Language.fromAcceptLanguage("de-DE,de;q=0.9,ru;q=0.3")).isEqualTo(RU);
        assertThat(Language.fromAcceptLanguage("de-DE")).isEqualTo(Language.ENGLISH);
        assertThat(Language.fromAcceptLanguage("not a header;;")).isEqualTo(Language.ENGLISH);
        assertThat(Language.fromEnvironment(null, null, "ru_RU.UTF-8")).isEqualTo(RU);
        assertThat(Language.fromEnvironment("C.UTF-8", null, "ru_RU.UTF-8")).isEqualTo(Language.ENGLISH);
        assertThat(Language.fromEnvironment(null, null, null)).isEqualTo(Language.ENGLISH);
    }

    /** The languages shipped with the program: one messages file each in src/main/resources/messages. */
    static List<String> shipped() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/messages"))) {
            return files.map(p -> p.getFileName().toString().replace(".yaml", "")).filter(c -> !c.equals("en")).sorted().toList();
        }
    }

    @Test
    void every_shipped_language_has_every_message_and_every_label_and_no_more() throws Exception {
        assertThat(shipped()).contains("ru");
        List<String> problems = new ArrayList<>();
        Map<String, Object> englishMessages = tree(Path.of("src/main/resources/messages/en.yaml"));
        Map<String, Object> englishLabels = tree(Path.of("docs/labels.yaml"));
        for (String code : shipped()) {
            compare("messages/" + code + ".yaml", "", englishMessages, tree(Path.of("src/main/resources/messages/" + code + ".yaml")), problems);
            compare("labels." + code + ".yaml", "", englishLabels, tree(Path.of("docs/labels." + code + ".yaml")), problems);
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void every_problem_pattern_is_a_regular_expression_that_compiles() {
        List<String> broken = new ArrayList<>();
        Messages.english().own().forEach((key, pattern) -> {
            if (key.endsWith(".match")) {
                try {
                    java.util.regex.Pattern.compile(pattern);
                } catch (java.util.regex.PatternSyntaxException e) {
                    broken.add(key + ": " + e.getDescription());
                }
            }
        });
        assertThat(broken).isEmpty();
    }

    @Test
    void every_message_pattern_has_the_same_arguments_in_every_language() throws Exception {
        List<String> problems = new ArrayList<>();
        Messages english = Messages.english();
        for (String code : shipped()) {
            Messages other = Messages.of(Language.of(code).orElseThrow());
            english.own().forEach((key, pattern) -> {
                if (key.endsWith(".match")) {
                    return; // the English a problem matches: a regular expression, not a text
                }
                TreeSet<String> want = arguments(pattern);
                TreeSet<String> have = arguments(other.own().getOrDefault(key, ""));
                // English articles ("a", "an") are English grammar: other languages may leave that argument out
                want.remove("article");
                have.remove("article");
                if (key.startsWith("problem.")) {
                    // a problem's values come from the English sentence; a translation may leave out one
                    // that is itself English (a field's description in the schema), never add one
                    want.retainAll(have);
                }
                if (!want.equals(have)) {
                    problems.add(code + " " + key + ": arguments " + have + ", English has " + want);
                }
            });
        }
        assertThat(problems).isEmpty();
    }

    private static TreeSet<String> arguments(String pattern) {
        return new TreeSet<>(new com.ibm.icu.text.MessageFormat(pattern).getArgumentNames());
    }

    @SuppressWarnings("unchecked")
    private static void compare(String file, String path, Map<String, Object> english, Map<String, Object> other, List<String> problems) {
        english.forEach((key, value) -> {
            String at = path.isEmpty() ? key : path + "." + key;
            if (key.equals("match")) {
                return; // the English a problem matches: only the English file has it
            }
            Object theirs = other.get(key);
            if (theirs == null) {
                problems.add(file + ": " + at + " is missing");
            } else if (value instanceof Map<?, ?> map) {
                if (theirs instanceof Map<?, ?> own) {
                    compare(file, at, (Map<String, Object>) map, (Map<String, Object>) own, problems);
                } else {
                    problems.add(file + ": " + at + " should be a group of entries");
                }
            } else if (value instanceof List<?> list) {
                if (!(theirs instanceof List<?> own) || own.size() != list.size()) {
                    problems.add(file + ": " + at + " should have " + list.size() + " entries");
                }
            } else if (String.valueOf(theirs).isBlank()) {
                problems.add(file + ": " + at + " is empty");
            }
        });
        // help: the command line's --help, which English writes on the commands themselves
        other.keySet().stream().filter(key -> !english.containsKey(key) && !(path.isEmpty() && key.equals("help")))
                .forEach(key -> problems.add(file + ": " + (path.isEmpty() ? key : path + "." + key) + " is not in the English file"));
    }

    private static Map<String, Object> tree(Path file) throws Exception {
        return YAML.readValue(file.toFile(), new TypeReference<Map<String, Object>>() { });
    }
}

package org.campaignadvisor.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.campaignadvisor.Fixtures;
import org.campaignadvisor.evidence.Lesson;
import org.campaignadvisor.rules.RuleEntry;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * One glossary, used by all: wherever an English text (interface, labels, rule texts, lessons) uses a
 * term of docs/glossary.yaml, its Russian text uses the agreed word (its stem, so that case endings
 * may change). A term's {@code except} lists the texts where the English word means something else.
 */
@Tag("unit")
class GlossaryTest {
    private static final Language RU = Language.of("ru").orElseThrow();

    private record Term(String en, String ru, String stem, Set<String> except) {
        boolean usedIn(String english) {
            // the words of the text, with plural and select branches kept: placeholders, the heads of
            // {n, plural, …}, the branch keywords and # go; tags and quoted braces too
            String words = english.replaceAll("<[^>]*>", " ").replaceAll("'\\{'|'}'", " ").replaceAll("\\{\\w+}", " ")
                    .replaceAll("\\{\\w+,\\s*(plural|select|selectordinal)\\s*,", " ")
                    .replaceAll("(=\\d+|\\w+)\\s*\\{", " ") // a branch's keyword: placeholders are gone, so a word before { is one
                    .replace("#", " ").replace("{", " ").replace("}", " ");
            return Pattern.compile("(?i)(?<![\\p{L}\\w-])" + Pattern.quote(en) + "(s|es)?(?![\\p{L}\\w-])").matcher(words).find();
        }

        boolean keptIn(String russian) {
            return russian.toLowerCase(Locale.ROOT).contains(stem.toLowerCase(Locale.ROOT));
        }
    }

    private static List<Term> terms() throws Exception {
        JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(Path.of("docs/glossary.yaml").toFile());
        List<Term> terms = new ArrayList<>();
        for (JsonNode term : root.path("terms")) {
            Set<String> except = new java.util.TreeSet<>();
            term.path("except").forEach(key -> except.add(key.asText()));
            terms.add(new Term(term.path("en").asText(), term.path("ru").asText(), term.path("stem").asText(), except));
        }
        return terms;
    }

    /** Every English text a person reads and its Russian, keyed by where it is. */
    private static Map<String, String[]> texts() {
        Map<String, String[]> texts = new LinkedHashMap<>();
        Map<String, String> english = Messages.english().own();
        Map<String, String> russian = Messages.of(RU).own();
        english.forEach((key, text) -> {
            // problem patterns are regular expressions; --help is checked by the command-line tests
            if (russian.containsKey(key) && !key.startsWith("problem.") && !key.startsWith("help.")) {
                texts.put("messages:" + key, new String[] {text, russian.get(key)});
            }
        });
        Map<String, String> labels = new LinkedHashMap<>();
        flatten("", Labels.tree("/labels.yaml"), labels);
        Map<String, String> labelsRu = new LinkedHashMap<>();
        flatten("", Labels.tree("/labels.ru.yaml"), labelsRu);
        labels.forEach((key, text) -> {
            if (labelsRu.containsKey(key)) {
                texts.put("labels:" + key, new String[] {text, labelsRu.get(key)});
            }
        });
        var book = Fixtures.real().ruleBook();
        for (RuleEntry rule : book.catalogue()) {
            RuleEntry ru = book.rule(rule.name(), RU).orElseThrow();
            String[][] fields = {{"title", rule.title(), ru.title()}, {"message", rule.message(), ru.message()},
                    {"reading", rule.reading(), ru.reading()}, {"action", rule.action(), ru.action()},
                    {"saferAction", rule.saferAction(), ru.saferAction()}, {"exposes", rule.exposes(), ru.exposes()}};
            for (String[] field : fields) {
                if (field[1] != null && !field[1].isBlank() && field[2] != null) {
                    texts.put("rule:" + rule.name() + "." + field[0], new String[] {field[1], field[2]});
                }
            }
        }
        var evidence = Fixtures.real().evidence();
        for (Lesson lesson : evidence.lessons()) {
            Lesson ru = evidence.lesson(lesson.id(), RU).orElseThrow();
            texts.put("lesson:" + lesson.id() + ".title", new String[] {lesson.title(), ru.title()});
            texts.put("lesson:" + lesson.id() + ".report", new String[] {lesson.report(), ru.reportTranslation()});
            texts.put("lesson:" + lesson.id() + ".reading", new String[] {lesson.reading(), ru.reading()});
        }
        return texts;
    }

    @SuppressWarnings("unchecked")
    private static void flatten(String prefix, Object node, Map<String, String> out) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> flatten(prefix + key + ".", value, out));
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                flatten(prefix + i + ".", list.get(i), out);
            }
        } else if (node != null) {
            out.put(prefix.substring(0, prefix.length() - 1), String.valueOf(node));
        }
    }

    @Test
    void every_russian_text_uses_the_glossary_word_where_the_english_uses_the_term() throws Exception {
        List<Term> terms = terms();
        Map<String, String[]> texts = texts();
        assertThat(texts).hasSizeGreaterThan(900);
        List<String> misses = new ArrayList<>();
        texts.forEach((where, pair) -> {
            for (Term term : terms) {
                if (term.usedIn(pair[0]) && !term.keptIn(pair[1]) && !term.except().contains(where)) {
                    misses.add(where + ": \"" + term.en() + "\" should be «" + term.ru() + "» (" + term.stem() + "…) in «" + pair[1] + "»");
                }
            }
        });
        assertThat(misses).isEmpty();
    }

    @Test
    void a_text_without_the_agreed_word_is_caught() throws Exception {
        Term warning = terms().stream().filter(t -> t.en().equals("warning")).findFirst().orElseThrow();
        assertThat(warning.usedIn("2 warnings for {plan}")).isTrue();
        assertThat(warning.usedIn("{warnings}")).as("a placeholder's name is not a word of the text").isFalse();
        assertThat(warning.usedIn("WARNING_LEVEL=2")).as("nor is a variable's name").isFalse();
        assertThat(warning.usedIn("{n, plural, one {# warning} other {# warnings}}")).as("the words inside plural branches count").isTrue();
        assertThat(warning.usedIn("{kind, select, warning {a thing} other {another}}")).as("a select's keyword is not a word").isFalse();
        assertThat(warning.keptIn("2 предупреждения")).isTrue();
        assertThat(warning.keptIn("2 замечания")).isFalse();
    }
}

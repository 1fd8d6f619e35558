package org.campaignadvisor.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.campaignadvisor.text.Language;

/**
 * The advice rules' texts in other languages: one file per language in the rules directory,
 * {@code lang/<code>.yaml}, keyed by rule id. English stays next to each rule (its {@code @title},
 * {@code @message}, …); a language is declared by adding its file, and from then on every advice
 * rule must have its texts there, with the same {placeholders}. Mistakes are reported at file:line.
 */
final class RuleTexts {
    static final String FOLDER = "lang";
    /** The texts a person reads, translated; the order is the order problems are reported in. */
    static final List<String> FIELDS = List.of("title", "message", "reading", "action", "saferAction", "exposes");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");
    private static final YAMLMapper YAML = new YAMLMapper();

    /** language code → rule id → field → text. */
    private final Map<String, Map<String, Map<String, String>>> texts;

    private RuleTexts(Map<String, Map<String, Map<String, String>>> texts) {
        this.texts = texts;
    }

    static boolean isLanguageFile(Path file) {
        return file.getFileName().toString().matches("[a-z]{2,3}\\.yaml");
    }

    /** The languages the rule base declares besides English. */
    Set<String> languages() {
        return texts.keySet();
    }

    /** The rule's entry with its texts in that language (English when the language is not declared). */
    RuleEntry localize(RuleEntry rule, Language language) {
        Map<String, String> own = texts.getOrDefault(language.code(), Map.of()).get(rule.name());
        if (own == null || !rule.isAdvice()) {
            return rule;
        }
        return new RuleEntry(rule.name(), rule.file(), rule.line(), rule.kind(), rule.severity(), rule.theme(), rule.weight(),
                rule.lessons(), rule.guidance(), own.getOrDefault("title", rule.title()), own.getOrDefault("message", rule.message()),
                own.getOrDefault("reading", rule.reading()), own.getOrDefault("action", rule.action()),
                own.getOrDefault("exposes", rule.exposes()), own.getOrDefault("saferAction", rule.saferAction()),
                rule.opposes(), rule.conditions());
    }

    /** Reads every language file, adding a problem for each mistake against the catalogue. */
    static RuleTexts read(RuleFiles files, Map<String, RuleEntry> catalogue, List<RuleProblem> problems) {
        Map<String, Map<String, Map<String, String>>> all = new TreeMap<>();
        files.translations().forEach((file, text) -> {
            String code = Path.of(file).getFileName().toString().replace(".yaml", "");
            Map<String, Map<String, String>> rules = parse(file, text, problems);
            if (rules == null) {
                return;
            }
            all.put(code, rules);
            check(file, code, text, rules, catalogue, files, problems);
        });
        return new RuleTexts(all);
    }

    private static Map<String, Map<String, String>> parse(String file, String text, List<RuleProblem> problems) {
        if (text.isBlank()) {
            problems.add(new RuleProblem(file, 1, 0, "the translation file is empty", ""));
            return null;
        }
        try {
            Map<String, Object> tree = YAML.readValue(text, new TypeReference<LinkedHashMap<String, Object>>() { });
            Map<String, Map<String, String>> rules = new LinkedHashMap<>();
            for (Map.Entry<String, Object> entry : tree.entrySet()) {
                Map<String, String> fields = new LinkedHashMap<>();
                if (entry.getValue() instanceof Map<?, ?> map) {
                    map.forEach((k, v) -> fields.put(String.valueOf(k), v == null ? "" : String.valueOf(v)));
                } else {
                    int line = lineOf(text, entry.getKey(), null);
                    problems.add(new RuleProblem(file, line, 0, "rule \"" + entry.getKey()
                            + "\" should have its texts below it (title:, message:, reading:, action:)", line(text, line)));
                }
                rules.put(entry.getKey(), fields);
            }
            return rules;
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
            problems.add(new RuleProblem(file, line, column, "not valid YAML: " + e.getOriginalMessage().lines().findFirst().orElse(""),
                    line(text, line)));
            return null;
        }
    }

    private static void check(String file, String code, String text, Map<String, Map<String, String>> rules,
                              Map<String, RuleEntry> catalogue, RuleFiles files, List<RuleProblem> problems) {
        for (RuleEntry rule : catalogue.values()) {
            if (!rule.isAdvice()) {
                continue;
            }
            Map<String, String> own = rules.get(rule.name());
            for (String field : FIELDS) {
                String english = english(rule, field);
                if (english.isBlank()) {
                    continue;
                }
                if (own == null || !own.containsKey(field)) {
                    problems.add(new RuleProblem(rule.file(), rule.line(), 0, "rule \"" + rule.name() + "\" has no " + field
                            + " in " + file + " (the rule base declares the language " + code + "; add it there)",
                            files.line(rule.file(), rule.line())));
                    continue;
                }
                String translated = own.get(field);
                int line = lineOf(text, rule.name(), field);
                if (translated.isBlank()) {
                    problems.add(new RuleProblem(file, line, 0, "rule \"" + rule.name() + "\": the " + field + " is empty",
                            line(text, line)));
                    continue;
                }
                Set<String> want = placeholders(english);
                Set<String> have = placeholders(translated);
                for (String missing : difference(want, have)) {
                    problems.add(new RuleProblem(file, line, 0, "rule \"" + rule.name() + "\": the " + field + " lacks {" + missing
                            + "}, which the English has", line(text, line)));
                }
                for (String extra : difference(have, want)) {
                    problems.add(new RuleProblem(file, line, 0, "rule \"" + rule.name() + "\": the " + field + " has {" + extra
                            + "}, which the English does not have", line(text, line)));
                }
            }
        }
        // An entry for a rule that does not exist (yet) is not a mistake: a trainer may add a rule's
        // translation before the rule, and each file is saved on its own.
    }

    private static String english(RuleEntry rule, String field) {
        return switch (field) {
            case "title" -> rule.title();
            case "message" -> rule.message();
            case "reading" -> rule.reading();
            case "action" -> rule.action();
            case "saferAction" -> rule.saferAction();
            case "exposes" -> rule.exposes();
            default -> "";
        };
    }

    private static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static List<String> difference(Set<String> a, Set<String> b) {
        List<String> result = new ArrayList<>(a);
        result.removeAll(b);
        return result;
    }

    /** The line of "id:" at the start of a line, then (if given) of "field:" below it; 0 when not found. */
    private static int lineOf(String text, String id, String field) {
        List<String> lines = text.lines().toList();
        int start = -1;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.startsWith(id + ":") || l.startsWith("\"" + id + "\":")) {
                start = i;
                break;
            }
        }
        if (start < 0) {
            return 0;
        }
        if (field == null) {
            return start + 1;
        }
        for (int i = start + 1; i < lines.size() && (lines.get(i).isEmpty() || Character.isWhitespace(lines.get(i).charAt(0))
                || lines.get(i).startsWith("#")); i++) {
            if (lines.get(i).strip().startsWith(field + ":")) {
                return i + 1;
            }
        }
        return start + 1;
    }

    private static String line(String text, int line) {
        return line <= 0 ? "" : text.lines().skip(line - 1L).findFirst().orElse("");
    }
}

package org.campaignadvisor.rules;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.campaignadvisor.text.Closest;

/**
 * The sentences the DSL files ({@code .dsl}) define, used to check rules written in them
 * ({@code .dslr}) before Drools sees them: a sentence that is not in the vocabulary is reported
 * with its line and the closest known sentence, instead of a parser error about the expanded text.
 */
public final class Vocabulary {
    private static final Pattern ENTRY = Pattern.compile("^\\[(when|then|condition|consequence)](.*?)=(.*)$");
    private static final Pattern BLANK = Pattern.compile("\\{(\\w+)(?::((?:[^{}]|\\{[^}]*})*))?}");

    /** One sentence: its regular expression and how a trainer reads it. */
    record Sentence(String section, Pattern pattern, String readable) {
    }

    private final List<Sentence> sentences;

    private Vocabulary(List<Sentence> sentences) {
        this.sentences = List.copyOf(sentences);
    }

    static Vocabulary of(Map<String, String> dslTexts) {
        List<Sentence> sentences = new ArrayList<>();
        dslTexts.forEach((name, text) -> text.lines().forEach(line -> {
            Matcher entry = ENTRY.matcher(line.strip());
            if (entry.matches()) {
                String section = switch (entry.group(1)) {
                    case "condition" -> "when";
                    case "consequence" -> "then";
                    default -> entry.group(1);
                };
                String key = entry.group(2).strip();
                try {
                    sentences.add(new Sentence(section, Pattern.compile(toRegex(key)), readable(key)));
                } catch (PatternSyntaxException e) {
                    // Drools reports a broken .dsl entry itself
                }
            }
        }));
        return new Vocabulary(sentences);
    }

    /**
     * Every sentence of the .dsl files in a rules folder as a trainer reads it ("the plan uses at least
     * {n} social networks"), conditions first: the vocabulary shown beside the trainers' editor.
     */
    public static List<String> readable(Path rules) {
        try {
            Map<String, String> dsl = new TreeMap<>();
            RuleFiles.read(rules).texts().forEach((name, text) -> {
                if (name.endsWith(".dsl")) {
                    dsl.put(name, text);
                }
            });
            return of(dsl).sentences.stream()
                    .sorted(Comparator.comparing((Sentence s) -> !s.section().equals("when")))
                    .map(s -> (s.section().equals("when") ? "" : "then: ") + s.readable()).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    boolean isEmpty() {
        return sentences.isEmpty();
    }

    /** Problems for every line of a .dslr file's when/then blocks that no sentence matches. */
    List<RuleProblem> check(String file, String text) {
        List<RuleProblem> problems = new ArrayList<>();
        String section = null;
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String raw = lines.get(i);
            String line = raw.strip();
            if (line.startsWith("rule ") || line.equals("end")) {
                section = null;
                continue;
            }
            if (line.equals("when") || line.equals("then")) {
                section = line;
                continue;
            }
            if (section == null || line.isEmpty() || line.startsWith("//") || line.startsWith("#")
                    || line.startsWith(">") || line.startsWith("-")) {
                continue;
            }
            String shadow = shadowedBy(section, line);
            if (shadow != null) {
                problems.add(new RuleProblem(file, i + 1, raw.indexOf(line) + 1, "this " + section
                        + " sentence is read as the shorter sentence \"" + shadow + "\", which comes first in the "
                        + "vocabulary; in the .dsl file, put the longer sentence before the shorter one", raw));
            } else if (!known(section, line)) {
                int column = raw.indexOf(line) + 1;
                String hint = Closest.to(line, sentencesOf(section)).map(s -> "; did you mean \"" + s + "\"?")
                        .orElse("; the sentences are listed in rules/README.md");
                problems.add(new RuleProblem(file, i + 1, column, "this " + section + " sentence is not in the vocabulary"
                        + hint, raw));
            }
        }
        return problems;
    }

    /**
     * Drools expands a line with the first sentence whose start matches it. If that sentence does not
     * match the whole line while a later one does, the line is expanded wrongly: name the culprit.
     */
    private String shadowedBy(String section, String line) {
        for (Sentence sentence : sentences) {
            if (!sentence.section().equals(section)) {
                continue;
            }
            Matcher m = sentence.pattern().matcher(line);
            if (m.matches()) {
                return null;
            }
            m.reset();
            if (m.lookingAt() && known(section, line)) {
                return sentence.readable();
            }
        }
        return null;
    }

    private boolean known(String section, String line) {
        return sentences.stream().anyMatch(s -> s.section().equals(section) && s.pattern().matcher(line).matches());
    }

    private List<String> sentencesOf(String section) {
        return sentences.stream().filter(s -> s.section().equals(section)).map(Sentence::readable).toList();
    }

    /** A DSL key as a regular expression matching a whole line: blanks become groups. */
    private static String toRegex(String key) {
        Matcher blank = BLANK.matcher(key);
        StringBuilder regex = new StringBuilder();
        while (blank.find()) {
            String own = blank.group(2);
            blank.appendReplacement(regex, Matcher.quoteReplacement("(" + (own == null ? ".+?" : own) + ")"));
        }
        blank.appendTail(regex);
        return regex.toString().strip();
    }

    /** A DSL key as a trainer reads it: "(?:and )?" dropped, blanks shown as {name}. */
    private static String readable(String key) {
        return BLANK.matcher(key.replace("(?:and )?", "")).replaceAll("{$1}").strip();
    }
}

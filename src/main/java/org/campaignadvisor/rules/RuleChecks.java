package org.campaignadvisor.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.campaignadvisor.text.Closest;
import org.campaignadvisor.text.Labels;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.GroupElement;
import org.drools.base.rule.RuleConditionElement;
import org.kie.api.KieBase;

/**
 * The mistakes a trainer makes, caught before the rules are served and said in a trainer's words at
 * file:line with the offending line: a quotation mark never closed, a rule with no {@code end}, the same
 * rule name in two files (naming both), a lesson or guidance id that does not exist, a theme that is
 * not one, and a {placeholder} that no fact the rule's sentences bind can fill.
 */
final class RuleChecks {
    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+\"([^\"]*)\"");
    private static final Pattern END = Pattern.compile("^\\s*end\\s*$");

    private RuleChecks() {
    }

    /** Problems found in the text alone, before anything is compiled: quotes, missing ends, duplicate names. */
    static List<RuleProblem> beforeCompiling(Map<String, String> texts) {
        List<RuleProblem> problems = new ArrayList<>();
        Map<String, String> firstSeen = new HashMap<>();
        texts.forEach((file, text) -> {
            if (file.endsWith(".dsl")) {
                return;
            }
            String[] code = ForbiddenCalls.codeOnlyKeepingQuotes(text).split("\n", -1);
            String[] lines = text.split("\n", -1);
            String open = null;
            int openLine = 0;
            for (int i = 0; i < code.length; i++) {
                int quote = unclosedQuote(code[i]);
                if (quote >= 0) {
                    problems.add(new RuleProblem(file, i + 1, quote + 1,
                            "a quotation mark opened here is not closed on the same line: add the closing \"", lines[i].strip()));
                }
                Matcher rule = RULE.matcher(code[i]);
                if (rule.find()) {
                    if (open != null) {
                        problems.add(new RuleProblem(file, openLine, 1, "rule \"" + open + "\" has no \"end\" before the next rule"
                                + " (line " + (i + 1) + "): add a line with end", lines[openLine - 1].strip()));
                    }
                    open = rule.group(1);
                    openLine = i + 1;
                    String where = file + ":" + (i + 1);
                    String earlier = firstSeen.putIfAbsent(open, where);
                    if (earlier != null) {
                        problems.add(new RuleProblem(file, i + 1, 1, "rule \"" + open + "\" is also defined at " + earlier
                                + ": give one of them another name", lines[i].strip()));
                    }
                } else if (END.matcher(code[i]).find()) {
                    open = null;
                }
            }
            if (open != null) {
                problems.add(new RuleProblem(file, openLine, 1, "rule \"" + open + "\" has no \"end\" before the end of the file:"
                        + " add a line with end", lines[openLine - 1].strip()));
            }
        });
        return problems;
    }

    /** The column of a quotation mark that is not closed on its line, or -1. */
    private static int unclosedQuote(String line) {
        int open = -1;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                open = open < 0 ? i : -1;
            }
        }
        return open;
    }

    /** Problems in the compiled rules' metadata: ids, themes and placeholders. */
    static List<RuleProblem> afterCompiling(KieBase kieBase, Map<String, RuleEntry> catalogue, RuleFiles files, KnownIds known) {
        List<RuleProblem> problems = new ArrayList<>();
        Set<String> themes = Labels.get().themes().keySet();
        kieBase.getKiePackages().forEach(pkg -> pkg.getRules().forEach(rule -> {
            RuleEntry entry = catalogue.get(rule.getName());
            if (entry == null || !entry.isAdvice()) {
                return;
            }
            String text = files.line(entry.file(), entry.line());
            Consumer<String> problem = message -> problems.add(
                    new RuleProblem(entry.file(), entry.line(), 0, "rule \"" + entry.name() + "\": " + message, text));
            if (!known.lessons().isEmpty()) {
                for (String lesson : entry.lessons()) {
                    if (!known.lessons().contains(lesson)) {
                        problem.accept("@lessons names " + lesson + ", which is not a lesson in seeds/lessons.yaml"
                                + Closest.suggestion(lesson, known.lessons()));
                    }
                }
            }
            if (!known.guidance().isEmpty()) {
                for (String guide : entry.guidance()) {
                    if (!known.guidance().contains(guide)) {
                        problem.accept("@guidance names " + guide + ", which is not in seeds/guidance.yaml"
                                + Closest.suggestion(guide, known.guidance()));
                    }
                }
            }
            if (!entry.theme().isBlank() && !themes.contains(entry.theme())) {
                problem.accept("@theme(\"" + entry.theme() + "\") is not a theme; themes: " + String.join(", ", themes)
                        + Closest.suggestion(entry.theme(), themes));
            }
            Set<String> fillable = properties(rule);
            fillable.addAll(namedInConsequence(files, entry));
            for (String placeholder : entry.placeholders()) {
                if (!fillable.contains(placeholder)) {
                    problem.accept("{" + placeholder + "} cannot be filled: none of the facts this rule's sentences bind has it"
                            + (fillable.isEmpty() ? "" : "; the rule can use " + String.join(", ", fillable.stream().map(p -> "{" + p + "}").toList())));
                }
            }
        }));
        return problems;
    }

    private static final Pattern QUOTED = Pattern.compile("\"(\\w+)\"");

    /** Names a DRL consequence passes to findings.add(drools, why, "name", value, …): they fill placeholders too. */
    private static Set<String> namedInConsequence(RuleFiles files, RuleEntry entry) {
        Set<String> names = new TreeSet<>();
        boolean consequence = false;
        for (int line = entry.line(); line > 0 && line < entry.line() + 200; line++) {
            String text = files.line(entry.file(), line).strip();
            if (text.equals("then")) {
                consequence = true;
            } else if (text.equals("end") || text.isEmpty() && line > entry.line() + 100) {
                break;
            } else if (consequence) {
                Matcher m = QUOTED.matcher(text);
                while (m.find()) {
                    names.add(m.group(1));
                }
            }
        }
        return names;
    }

    private static final Pattern TAG = Pattern.compile("(@\\w+)|(\\{\\w+})");

    /**
     * A problem about a rule's metadata, moved from the rule's first line to the line and column of
     * the tag or placeholder it is about (searched between the rule line and its "when").
     */
    static RuleProblem pointAt(RuleProblem problem, RuleFiles files) {
        Matcher tag = TAG.matcher(problem.message().replaceFirst("^rule \"[^\"]*\": ", ""));
        if (problem.column() > 0 || !tag.find()) {
            return problem;
        }
        String needle = tag.group(1) != null ? tag.group(1) + "(" : tag.group(2);
        for (int line = problem.line(); line > 0 && line < problem.line() + 40; line++) {
            String text = files.line(problem.file(), line);
            if (text.strip().equals("when") || text.isEmpty() && line > problem.line() + 1) {
                break;
            }
            int column = text.indexOf(needle);
            if (column >= 0) {
                return new RuleProblem(problem.file(), line, column + 1, problem.message(), text.strip());
            }
        }
        return problem;
    }

    /** The property names of every fact the rule binds (not those under "not"), which placeholders may name. */
    private static Set<String> properties(org.kie.api.definition.rule.Rule rule) {
        Set<String> names = new TreeSet<>();
        if (rule instanceof RuleImpl impl) {
            collect(impl.getLhs(), false, names);
        }
        return names;
    }

    private static void collect(RuleConditionElement element, boolean negated, Set<String> names) {
        if (element instanceof GroupElement group) {
            boolean not = negated || group.isNot();
            for (RuleConditionElement child : group.getChildren()) {
                collect(child, not, names);
            }
        } else if (element instanceof org.drools.base.rule.Pattern pattern && !negated) {
            if (pattern.getObjectType() instanceof org.drools.base.base.ClassObjectType type) {
                Class<?> cls = type.getClassType();
                if (cls != null && !Collection.class.isAssignableFrom(cls)) {
                    for (var method : cls.getMethods()) {
                        if (method.getParameterCount() == 0 && method.getDeclaringClass() != Object.class
                                && !Set.of("hashCode", "toString", "getClass", "why", "getWhy").contains(method.getName())) {
                            String name = method.getName();
                            if (name.startsWith("get") && name.length() > 3) {
                                name = Character.toLowerCase(name.charAt(3)) + name.substring(4);
                            }
                            names.add(name);
                        }
                    }
                }
            }
            for (RuleConditionElement nested : pattern.getNestedElements()) {
                collect(nested, negated, names);
            }
        }
    }
}

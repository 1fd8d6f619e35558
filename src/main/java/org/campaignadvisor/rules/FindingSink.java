package org.campaignadvisor.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.campaignadvisor.advice.Citation;
import org.campaignadvisor.advice.Finding;
import org.campaignadvisor.advice.Severity;
import org.campaignadvisor.evidence.EvidenceBase;
import org.kie.api.runtime.rule.RuleContext;

/**
 * Collects the findings of one evaluation. Advice rules call it from their consequence:
 * <pre>findings.add(drools, "recruitment = random", "reach", $r.reachable());</pre>
 * The finding's id, severity, theme, title, message, action and lessons come from the rule's own
 * metadata. A {@code {name}} placeholder in the message or action is filled from the name/value
 * pairs given, or else from a property of that name of a fact the rule matched (for example
 * {@code {reachable}} from the {@code Reach} fact, {@code {platforms}} from a conclusion).
 */
public final class FindingSink {
    private final RuleBook book;
    private final EvidenceBase evidence;
    private final List<Finding> findings = new ArrayList<>();

    FindingSink(RuleBook book, EvidenceBase evidence) {
        this.book = book;
        this.evidence = evidence;
    }

    /** Reports the finding, explaining it from the facts the rule matched (see {@link MatchedFacts}). */
    public void add(RuleContext drools) {
        add(drools, MatchedFacts.why(MatchedFacts.of(drools.getMatch())), new Object[0]);
    }

    public void add(RuleContext drools, String why) {
        add(drools, why, new Object[0]);
    }

    public void add(RuleContext drools, String why, Object... values) {
        String name = drools.getRule().getName();
        RuleEntry rule = book.rule(name)
                .orElseThrow(() -> new EvaluationException("rule \"" + name + "\" is not in the catalogue"));
        if (!rule.isAdvice()) {
            throw new EvaluationException("rule \"" + name + "\" (" + rule.file() + ":" + rule.line()
                    + ") reports a finding but has no @severity");
        }
        Map<String, String> named = MatchedFacts.values(MatchedFacts.of(drools.getMatch()), book.placeholders(rule.name()));
        named.putAll(named(name, values));
        List<Citation> citations = new ArrayList<>();
        for (String lesson : rule.lessons()) {
            evidence.lesson(lesson).ifPresentOrElse(
                    l -> citations.add(new Citation(l.id(), l.title(), l.figures())),
                    () -> citations.add(new Citation(lesson, "(lesson " + lesson + " is not in seeds/lessons.yaml)", List.of())));
        }
        findings.add(new Finding(name, Severity.parse(rule.severity()).orElseThrow(), rule.theme(), rule.title(),
                fill(rule.message(), named), why == null ? "" : why, citations, fill(rule.action(), named),
                name, rule.file()));
    }

    List<Finding> findings() {
        return List.copyOf(findings);
    }

    private static Map<String, String> named(String rule, Object[] values) {
        if (values.length % 2 != 0) {
            throw new EvaluationException("rule \"" + rule + "\" passed an odd number of name/value arguments to findings.add");
        }
        Map<String, String> named = new HashMap<>();
        for (int i = 0; i < values.length; i += 2) {
            named.put(String.valueOf(values[i]), Wording.value(values[i + 1]));
        }
        return named;
    }

    private static String fill(String template, Map<String, String> values) {
        String text = template;
        for (Map.Entry<String, String> value : values.entrySet()) {
            text = text.replace("{" + value.getKey() + "}", value.getValue());
        }
        return text;
    }
}

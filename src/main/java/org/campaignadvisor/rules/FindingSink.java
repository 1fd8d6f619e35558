package org.campaignadvisor.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.campaignadvisor.advice.Citation;
import org.campaignadvisor.advice.Finding;
import org.campaignadvisor.advice.GuidanceCitation;
import org.campaignadvisor.advice.Severity;
import org.campaignadvisor.evidence.ContextProfile;
import org.campaignadvisor.evidence.EvidenceBase;
import org.campaignadvisor.text.Language;
import org.campaignadvisor.text.Messages;
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
    private final ContextProfile context;
    private final List<Finding> findings = new ArrayList<>();
    private final Language language;

    FindingSink(RuleBook book, EvidenceBase evidence, ContextProfile context, Language language) {
        this.book = book;
        this.evidence = evidence;
        this.context = context;
        this.language = language;
    }

    /** Reports the finding, explaining it from the facts the rule matched (see {@link MatchedFacts}). */
    public void add(RuleContext drools) {
        add(drools, MatchedFacts.why(MatchedFacts.of(drools.getMatch()), language, c -> evidence.contextLabel(c, language)), new Object[0]);
    }

    public void add(RuleContext drools, String why) {
        add(drools, why, new Object[0]);
    }

    public void add(RuleContext drools, String why, Object... values) {
        String name = drools.getRule().getName();
        RuleEntry rule = book.rule(name, language)
                .orElseThrow(() -> new EvaluationException("rule \"" + name + "\" is not in the catalogue"));
        if (!rule.isAdvice()) {
            throw new EvaluationException("rule \"" + name + "\" (" + rule.file() + ":" + rule.line()
                    + ") reports a finding but has no @severity");
        }
        Map<String, String> named = MatchedFacts.values(MatchedFacts.of(drools.getMatch()), book.placeholders(rule.name()), language);
        named.putAll(named(name, values));
        List<Citation> citations = new ArrayList<>();
        for (String lesson : rule.lessons()) {
            evidence.lesson(lesson, language).ifPresentOrElse(
                    l -> citations.add(new Citation(l.id(), l.title(), l.section(), l.report(), l.reportTranslation(), l.figures())),
                    () -> citations.add(new Citation(lesson, "(lesson " + lesson + " is not in seeds/lessons.yaml)", "", "", "", List.of())));
        }
        boolean safer = !rule.exposes().isBlank() && context.restricted();
        List<GuidanceCitation> guidance = new ArrayList<>();
        if (rule.exposes().isBlank() || safer) {
            for (String id : rule.guidance()) {
                evidence.guidance(id, language).ifPresentOrElse(
                        g -> guidance.add(new GuidanceCitation(g.id(), g.title(), g.text(), g.grounds())),
                        () -> guidance.add(new GuidanceCitation(id, "(guidance " + id + " is not in seeds/guidance.yaml)", "", "")));
            }
        }
        String action = fill(safer ? rule.saferAction() : rule.action(), named);
        String safety = safer ? saferFormNote(rule.exposes()) : "";
        findings.add(new Finding(name, Severity.parse(rule.severity()).orElseThrow(), rule.theme(), rule.title(),
                fill(rule.message(), named), Wording.sentence(why), citations, fill(rule.reading(), named), guidance,
                action, safety, rule.weight(), name, rule.file()));
    }

    /** Why the safer form of an action is given: the context's civic space, and whose assessment it is. */
    private String saferFormNote(String exposes) {
        Messages messages = Messages.of(language);
        return messages.t("finding.saferForm", "exposes", exposes,
                "civicSpace", messages.t("civicSpace." + context.civicSpace().label()),
                "example", context.example() ? "yes" : "no", "context", evidence.contextLabel(context, language));
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

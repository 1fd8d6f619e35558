package org.campaignadvisor.advice;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything the rules said about one plan: findings in a fixed order (warnings, recommendations,
 * strengths; then by theme, id and why), counts by severity, readiness per theme, and the version
 * of the rule base that produced them.
 */
public record Advice(
        String plan,
        String context,
        String ruleBookVersion,
        Map<String, Integer> counts,
        List<ThemeReadiness> readiness,
        List<Finding> findings) {

    /** The order every list of findings is shown in. */
    public static final Comparator<Finding> ORDER = Comparator
            .comparing(Finding::severity)
            .thenComparing(Finding::theme)
            .thenComparing(Finding::id)
            .thenComparing(Finding::why);

    public Advice {
        counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
        readiness = List.copyOf(readiness);
        findings = List.copyOf(findings);
    }

    /** Builds advice from findings in any order: sorts them, drops exact repeats, counts them. */
    public static Advice of(String plan, String context, String ruleBookVersion, List<Finding> findings) {
        List<Finding> sorted = new ArrayList<>(findings.stream().distinct().toList());
        sorted.sort(ORDER);
        Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            bySeverity.put(severity, 0);
        }
        Map<String, int[]> byTheme = new TreeMap<>();
        for (Finding finding : sorted) {
            bySeverity.merge(finding.severity(), 1, Integer::sum);
            byTheme.computeIfAbsent(finding.theme(), t -> new int[3])[finding.severity().ordinal()]++;
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        bySeverity.forEach((severity, n) -> counts.put(severity.plural(), n));
        List<ThemeReadiness> readiness = byTheme.entrySet().stream()
                .map(e -> ThemeReadiness.of(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]))
                .toList();
        return new Advice(plan, context, ruleBookVersion, counts, readiness, sorted);
    }

    public List<Finding> findings(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).toList();
    }

    public int count(Severity severity) {
        return counts.getOrDefault(severity.plural(), 0);
    }
}

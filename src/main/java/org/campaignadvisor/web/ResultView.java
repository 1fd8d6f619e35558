package org.campaignadvisor.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.campaignadvisor.advice.Advice;
import org.campaignadvisor.advice.Finding;
import org.campaignadvisor.advice.Severity;
import org.campaignadvisor.advice.ThemeReadiness;
import org.campaignadvisor.compare.Improvements;
import org.campaignadvisor.rules.RuleEntry;
import org.campaignadvisor.text.Labels;

/**
 * What the result page shows at a glance: readiness for every theme the rules know (a theme with no
 * finding is shown as such, not dropped), "fix these first" (the three heaviest warnings, each with
 * the single change that clears the most weight among those that clear it), and findings grouped
 * by theme, warnings first within each.
 */
record ResultView(List<ThemeReadiness> readiness, List<FixFirst> fixFirst, List<ThemeGroup> groups) {

    /** One of the first things to fix, with the change that helps most and why. */
    record FixFirst(Finding finding, String change, String reason) {
    }

    /** The findings of one theme. */
    record ThemeGroup(String theme, String label, String anchor, List<Finding> findings) {
    }

    static ResultView of(Advice advice, Improvements.Ranking ranking, List<RuleEntry> catalogue, Labels labels) {
        Set<String> known = new TreeSet<>();
        catalogue.stream().filter(RuleEntry::isAdvice).forEach(rule -> known.add(rule.theme()));
        advice.findings().forEach(f -> known.add(f.theme()));
        List<String> order = new ArrayList<>(labels.themes().keySet());
        known.stream().filter(t -> !order.contains(t)).forEach(order::add);
        order.retainAll(known);

        Map<String, ThemeReadiness> byTheme = new LinkedHashMap<>();
        advice.readiness().forEach(r -> byTheme.put(r.theme(), r));
        List<ThemeReadiness> readiness = new ArrayList<>();
        List<ThemeGroup> groups = new ArrayList<>();
        for (String theme : order) {
            readiness.add(byTheme.getOrDefault(theme, new ThemeReadiness(theme, 0, 0, 0, "nothing found")));
            List<Finding> findings = advice.findings().stream().filter(f -> f.theme().equals(theme)).toList();
            if (!findings.isEmpty()) {
                groups.add(new ThemeGroup(theme, labels.theme(theme), "theme-" + theme, findings));
            }
        }

        List<FixFirst> fixFirst = new ArrayList<>();
        advice.findings(Severity.WARNING).stream()
                .sorted(Comparator.comparingInt(Finding::weight).reversed().thenComparing(Finding::id))
                .map(Finding::id).distinct().limit(3)
                .forEach(id -> {
                    Finding finding = advice.findings().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
                    Improvements.Improvement best = ranking.improvements().stream()
                            .filter(i -> i.clearsWarnings().contains(id))
                            .max(Comparator.comparingInt(Improvements.Improvement::weightCleared)).orElse(null);
                    fixFirst.add(new FixFirst(finding, best == null ? "" : best.description(), best == null ? "" : best.reason()));
                });
        return new ResultView(readiness, fixFirst, groups);
    }
}

package org.campaignadvisor.cli;

import java.util.List;
import java.util.stream.Collectors;
import org.campaignadvisor.advice.Advice;
import org.campaignadvisor.advice.Citation;
import org.campaignadvisor.advice.Finding;
import org.campaignadvisor.advice.Severity;
import org.campaignadvisor.advice.ThemeReadiness;

/** Advice as plain text for a terminal: findings grouped by severity, then readiness per theme. */
final class TextReport {
    private TextReport() {
    }

    static String render(Advice advice) {
        StringBuilder out = new StringBuilder();
        out.append(advice.plan()).append("  (context ").append(advice.context())
                .append(", rules ").append(advice.ruleBookVersion()).append(")\n");
        out.append(summary(advice)).append("\n");
        for (Severity severity : Severity.values()) {
            List<Finding> findings = advice.findings(severity);
            if (findings.isEmpty()) {
                continue;
            }
            out.append("\n").append(severity.plural().toUpperCase(java.util.Locale.ROOT)).append("\n");
            for (Finding finding : findings) {
                out.append("\n  [").append(finding.id()).append("] ").append(finding.title()).append("\n");
                out.append(indent(finding.message(), "    ")).append("\n");
                out.append("    why:      ").append(finding.why()).append("\n");
                for (Citation citation : finding.evidence()) {
                    out.append("    evidence: ").append(citation.lesson()).append(" — ").append(citation.title()).append("\n");
                    citation.figures().forEach(f -> out.append("              · ").append(f.text())
                            .append(" (").append(f.source()).append(")\n"));
                }
                if (!finding.action().isBlank()) {
                    out.append("    action:   ").append(finding.action()).append("\n");
                }
                out.append("    rule:     ").append(finding.rule()).append(" (").append(finding.ruleFile()).append(")\n");
            }
        }
        if (!advice.readiness().isEmpty()) {
            out.append("\nREADINESS BY THEME\n");
            for (ThemeReadiness theme : advice.readiness()) {
                out.append(String.format("  %-16s %-13s %d warning(s), %d recommendation(s), %d strength(s)%n",
                        theme.theme(), theme.status(), theme.warnings(), theme.recommendations(), theme.strengths()));
            }
        }
        return out.toString();
    }

    static String summary(Advice advice) {
        return java.util.Arrays.stream(Severity.values())
                .map(s -> advice.count(s) + " " + (advice.count(s) == 1 ? s.label() : s.plural()))
                .collect(Collectors.joining(" · "));
    }

    private static String indent(String text, String prefix) {
        return text.lines().map(line -> prefix + line).collect(Collectors.joining("\n"));
    }
}

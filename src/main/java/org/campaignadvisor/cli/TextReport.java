package org.campaignadvisor.cli;

import java.util.List;
import java.util.stream.Collectors;
import org.campaignadvisor.advice.Advice;
import org.campaignadvisor.advice.Citation;
import org.campaignadvisor.advice.Finding;
import org.campaignadvisor.advice.GuidanceCitation;
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
                for (Citation citation : finding.reportSays()) {
                    out.append("    report:   ").append(citation.lesson()).append(" (").append(citation.section()).append(") ")
                            .append(citation.title()).append("\n");
                    out.append(wrap(citation.report(), "              ")).append("\n");
                    citation.figures().forEach(f -> out.append("              · ").append(f.text())
                            .append(" (").append(f.source()).append(")\n"));
                }
                if (!finding.ourReading().isBlank()) {
                    out.append("    ours:     our reading, not the report's\n").append(wrap(finding.ourReading(), "              ")).append("\n");
                }
                for (GuidanceCitation guide : finding.ourGuidance()) {
                    out.append("    guidance: ").append(guide.id()).append(" ").append(guide.title()).append(" (ours, not the report's)\n");
                }
                if (!finding.action().isBlank()) {
                    out.append("    action:   ").append(finding.action()).append("\n");
                }
                if (!finding.safety().isBlank()) {
                    out.append("    safety:   ").append(finding.safety()).append("\n");
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

    /** Wraps text at about 76 columns, each line starting with the prefix. */
    static String wrap(String text, String prefix) {
        StringBuilder out = new StringBuilder(prefix);
        int column = prefix.length();
        for (String word : text.split("\\s+")) {
            if (column > prefix.length() && column + 1 + word.length() > 100) {
                out.append("\n").append(prefix);
                column = prefix.length();
            } else if (column > prefix.length()) {
                out.append(' ');
                column++;
            }
            out.append(word);
            column += word.length();
        }
        return out.toString();
    }

    private static String indent(String text, String prefix) {
        return text.lines().map(line -> prefix + line).collect(Collectors.joining("\n"));
    }
}

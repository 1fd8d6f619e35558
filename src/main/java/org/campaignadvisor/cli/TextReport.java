package org.campaignadvisor.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.campaignadvisor.advice.Advice;
import org.campaignadvisor.advice.Citation;
import org.campaignadvisor.advice.Finding;
import org.campaignadvisor.advice.GuidanceCitation;
import org.campaignadvisor.advice.Severity;
import org.campaignadvisor.advice.ThemeReadiness;
import org.campaignadvisor.text.Labels;

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
            out.append("\n").append(severity.plural().toUpperCase(Locale.ROOT)).append("\n");
            for (Finding finding : findings) {
                out.append("\n  [").append(finding.id()).append("] ").append(finding.title()).append("\n");
                out.append(wrap(finding.message(), "    ")).append("\n");
                out.append(labelled("why:", finding.why()));
                for (Citation citation : finding.reportSays()) {
                    out.append("    report:   ").append(citation.lesson()).append(" (").append(citation.section()).append(") ")
                            .append(citation.title()).append("\n");
                    out.append(wrap(citation.report(), "              ")).append("\n");
                    citation.figures().forEach(f -> out.append(wrap("· " + f.text() + " (" + f.source() + ")", "              ")
                            .replaceFirst("^ {14}", "              ")).append("\n"));
                }
                if (!finding.ourReading().isBlank()) {
                    out.append("    ours:     our reading, not the report's\n").append(wrap(finding.ourReading(), "              ")).append("\n");
                }
                for (GuidanceCitation guide : finding.ourGuidance()) {
                    out.append("    guidance: ").append(guide.id()).append(" ").append(guide.title()).append(" (ours, not the report's)\n");
                }
                if (!finding.action().isBlank()) {
                    out.append(labelled("action:", finding.action()));
                }
                if (!finding.safety().isBlank()) {
                    out.append(labelled("safety:", finding.safety()));
                }
                out.append("    rule:     ").append(finding.rule()).append(" (").append(finding.ruleFile()).append(")\n");
            }
        }
        if (!advice.readiness().isEmpty()) {
            out.append("\nREADINESS BY THEME\n");
            for (ThemeReadiness theme : advice.readiness()) {
                var labels = Labels.get();
                out.append(String.format("  %-30s %-13s %s, %s, %s%n", labels.theme(theme.theme()), theme.status(),
                        labels.count("warning", theme.warnings()), labels.count("recommendation", theme.recommendations()),
                        labels.count("strength", theme.strengths())));
            }
        }
        return out.toString();
    }

    static String summary(Advice advice) {
        return Arrays.stream(Severity.values())
                .map(s -> advice.count(s) + " " + (advice.count(s) == 1 ? s.label() : s.plural()))
                .collect(Collectors.joining(" · "));
    }

    /** "    why:      text…", the text wrapped under itself. */
    private static String labelled(String label, String text) {
        String wrapped = wrap(text, "              ");
        return "    " + String.format("%-10s", label) + wrapped.substring(14) + "\n";
    }

    /** Wraps text at 100 columns, each line starting with the prefix. */
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

}

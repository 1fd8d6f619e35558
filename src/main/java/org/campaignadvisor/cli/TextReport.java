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
import org.campaignadvisor.text.Language;
import org.campaignadvisor.text.Messages;

/** Advice as plain text for a terminal: findings grouped by severity, then readiness per theme. */
final class TextReport {
    private TextReport() {
    }
    static String render(Advice advice, Language language) {
        Messages m = Messages.of(language);
        Labels labels = Labels.of(language);
        StringBuilder out = new StringBuilder();
        out.append(m.t("cli.header", "plan", advice.plan(), "context", advice.context(), "version", advice.ruleBookVersion())).append("\n");
        out.append(summary(advice, language)).append("\n");
        for (Severity severity : Severity.values()) {
            List<Finding> findings = advice.findings(severity);
            if (findings.isEmpty()) {
                continue;
            }
            out.append("\n").append(m.t("cli.heading." + severity.label())).append("\n");
            for (Finding finding : findings) {
                out.append("\n  [").append(finding.id()).append("] ").append(finding.title()).append("\n");
                out.append(wrap(finding.message(), "    ")).append("\n");
                out.append(labelled(m.t("cli.why"), finding.why()));
                for (Citation citation : finding.reportSays()) {
                    out.append("    ").append(String.format("%-10s", m.t("cli.report"))).append(citation.lesson()).append(" (")
                            .append(citation.section()).append(") ").append(citation.title()).append("\n");
                    if (!citation.reportTranslation().isBlank()) {
                        out.append(wrap(citation.reportTranslation(), "              ")).append("\n");
                        out.append(wrap(m.t("cli.original") + " " + citation.report(), "              ")).append("\n");
                    } else {
                        out.append(wrap(citation.report(), "              ")).append("\n");
                    }
                    citation.figures().forEach(f -> out.append(wrap("· " + f.text() + " (" + f.source() + ")", "              ")
                            .replaceFirst("^ {14}", "              ")).append("\n"));
                }
                if (!finding.ourReading().isBlank()) {
                    out.append("    ").append(String.format("%-10s", m.t("cli.ours"))).append(m.t("cli.oursNote")).append("\n")
                            .append(wrap(finding.ourReading(), "              ")).append("\n");
                }
                for (GuidanceCitation guide : finding.ourGuidance()) {
                    out.append("    ").append(String.format("%-10s", m.t("cli.guidance"))).append(guide.id()).append(" ").append(guide.title())
                            .append(" ").append(m.t("cli.guidanceNote")).append("\n");
                }
                if (!finding.action().isBlank()) {
                    out.append(labelled(m.t("cli.action"), finding.action()));
                }
                if (!finding.safety().isBlank()) {
                    out.append(labelled(m.t("cli.safety"), finding.safety()));
                }
                out.append("    ").append(String.format("%-10s", m.t("cli.rule"))).append(finding.rule()).append(" (").append(finding.ruleFile()).append(")\n");
            }
        }
        if (!advice.readiness().isEmpty()) {
            out.append("\n").append(m.t("cli.readiness")).append("\n");
            for (ThemeReadiness theme : advice.readiness()) {
                out.append(String.format("  %-30s %-13s %s, %s, %s%n", labels.theme(theme.theme()),
                        m.t("readiness." + theme.status().replace(' ', '-')),
                        labels.count("warning", theme.warnings()), labels.count("recommendation", theme.recommendations()),
                        labels.count("strength", theme.strengths())));
            }
        }
        return out.toString();
    }

    static String summary(Advice advice) {
        return summary(advice, Language.ENGLISH);
    }

    static String summary(Advice advice, Language language) {
        Labels labels = Labels.of(language);
        return Arrays.stream(Severity.values())
                .map(s -> labels.count(s.label(), advice.count(s)))
                .collect(Collectors.joining(" · "));
    }

    /** "    why:      text…", the text wrapped under itself. */
    private static String labelled(String label, String text) {
        String wrapped = wrap(text, "              ");
        // a label longer than its column (some languages' words are) gets its own line
        return label.length() < 10 ? "    " + String.format("%-10s", label) + wrapped.substring(14) + "\n"
                : "    " + label + "\n" + wrapped + "\n";
    }

    /** Wraps text at 100 columns, each line starting with the prefix. */
    static String wrap(String text, String prefix) {
        StringBuilder out = new StringBuilder(prefix);
        int column = prefix.length();
        // a number written with spaces between its thousands ("4 300") is never split across lines
        for (String word : text.replaceAll("(\\d) (?=\\d{3}(?!\\d))", "$1\u00A0").split("\\s+")) {
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

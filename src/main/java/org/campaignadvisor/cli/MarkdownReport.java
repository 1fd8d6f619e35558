package org.campaignadvisor.cli;

import java.util.List;
import org.campaignadvisor.advice.Advice;
import org.campaignadvisor.advice.Citation;
import org.campaignadvisor.advice.Finding;
import org.campaignadvisor.advice.GuidanceCitation;
import org.campaignadvisor.advice.Severity;
import org.campaignadvisor.advice.ThemeReadiness;

/** Advice as Markdown, for pasting into an issue, a wiki or a report. */
final class MarkdownReport {
    private MarkdownReport() {
    }

    static String render(Advice advice) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(escape(advice.plan())).append("\n\n");
        out.append("Context `").append(advice.context()).append("` · rules `").append(advice.ruleBookVersion())
                .append("` · ").append(TextReport.summary(advice)).append("\n");
        for (Severity severity : Severity.values()) {
            List<Finding> findings = advice.findings(severity);
            if (findings.isEmpty()) {
                continue;
            }
            String heading = severity.plural();
            out.append("\n## ").append(Character.toUpperCase(heading.charAt(0))).append(heading.substring(1)).append("\n");
            for (Finding finding : findings) {
                out.append("\n### ").append(escape(finding.title())).append(" (`").append(finding.id()).append("`)\n\n");
                out.append(escape(finding.message())).append("\n\n");
                out.append("- **Why:** ").append(escape(finding.why())).append("\n");
                for (Citation citation : finding.reportSays()) {
                    out.append("- **What the report says** (").append(citation.lesson()).append(", ").append(escape(citation.section()))
                            .append("): ").append(escape(citation.report())).append("\n");
                    citation.figures().forEach(f -> out.append("  - ").append(escape(f.text()))
                            .append(" (").append(escape(f.source())).append(")\n"));
                }
                if (!finding.ourReading().isBlank()) {
                    out.append("- **Our reading** (the project's, not the report's): ").append(escape(finding.ourReading())).append("\n");
                }
                for (GuidanceCitation guide : finding.ourGuidance()) {
                    out.append("- **Our guidance** (").append(guide.id()).append(", not from the report): ").append(escape(guide.title()))
                            .append(". ").append(escape(guide.text())).append(" Grounds: ").append(escape(guide.grounds())).append("\n");
                }
                if (!finding.action().isBlank()) {
                    out.append("- **What to do:** ").append(escape(finding.action())).append("\n");
                }
                if (!finding.safety().isBlank()) {
                    out.append("- **Why this safer form:** ").append(escape(finding.safety())).append("\n");
                }
                out.append("- **Rule:** `").append(finding.rule()).append("` in `").append(finding.ruleFile()).append("`\n");
            }
        }
        if (!advice.readiness().isEmpty()) {
            out.append("\n## Readiness by theme\n\n| theme | status | warnings | recommendations | strengths |\n|---|---|---|---|---|\n");
            for (ThemeReadiness theme : advice.readiness()) {
                out.append("| ").append(theme.theme()).append(" | ").append(theme.status()).append(" | ")
                        .append(theme.warnings()).append(" | ").append(theme.recommendations()).append(" | ")
                        .append(theme.strengths()).append(" |\n");
            }
        }
        return out.toString();
    }

    /** Escapes the characters that would turn plan text into Markdown markup or HTML. */
    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("<", "&lt;").replace(">", "&gt;")
                .replace("|", "\\|").replace("*", "\\*").replace("_", "\\_").replace("`", "\\`");
    }
}

package org.campaignadvisor.cli;

import java.util.List;
import org.campaignadvisor.advice.Advice;
import org.campaignadvisor.advice.Citation;
import org.campaignadvisor.advice.Finding;
import org.campaignadvisor.advice.GuidanceCitation;
import org.campaignadvisor.advice.Severity;
import org.campaignadvisor.advice.ThemeReadiness;
import org.campaignadvisor.text.Labels;
import org.campaignadvisor.text.Language;
import org.campaignadvisor.text.Messages;

/** Advice as Markdown, for pasting into an issue, a wiki or a report, in the advice's language. */
final class MarkdownReport {
    private MarkdownReport() {
    }

    static String render(Advice advice, Language language) {
        Messages m = Messages.of(language);
        Labels labels = Labels.of(language);
        StringBuilder out = new StringBuilder();
        out.append("# ").append(escape(advice.plan())).append("\n\n");
        out.append(m.t("report.markdown.context", "context", advice.context(), "version", advice.ruleBookVersion(),
                "summary", TextReport.summary(advice, language))).append("\n");
        for (Severity severity : Severity.values()) {
            List<Finding> findings = advice.findings(severity);
            if (findings.isEmpty()) {
                continue;
            }
            out.append("\n## ").append(m.t("report.markdown.heading." + severity.label())).append("\n");
            for (Finding finding : findings) {
                out.append("\n### ").append(escape(finding.title())).append(" (`").append(finding.id()).append("`)\n\n");
                out.append(escape(finding.message())).append("\n\n");
                out.append("- ").append(m.t("report.markdown.why")).append(' ').append(escape(finding.why())).append("\n");
                for (Citation citation : finding.reportSays()) {
                    out.append("- ").append(m.t("report.markdown.report", "lesson", citation.lesson(), "section", escape(citation.section())))
                            .append(' ');
                    if (citation.reportTranslation().isBlank()) {
                        out.append(escape(citation.report())).append("\n");
                    } else {
                        out.append(escape(citation.reportTranslation())).append("\n  ").append(m.t("report.markdown.original"))
                                .append(' ').append(escape(citation.report())).append("\n");
                    }
                    citation.figures().forEach(f -> out.append("  - ").append(escape(f.text()))
                            .append(" (").append(escape(f.source())).append(")\n"));
                }
                if (!finding.ourReading().isBlank()) {
                    out.append("- ").append(m.t("report.markdown.ours")).append(' ').append(escape(finding.ourReading())).append("\n");
                }
                for (GuidanceCitation guide : finding.ourGuidance()) {
                    out.append("- ").append(m.t("report.markdown.guidance", "id", guide.id())).append(' ').append(escape(guide.title()))
                            .append(". ").append(escape(guide.text())).append(' ').append(m.t("report.markdown.grounds")).append(' ')
                            .append(escape(guide.grounds())).append("\n");
                }
                if (!finding.action().isBlank()) {
                    out.append("- ").append(m.t("report.markdown.action")).append(' ').append(escape(finding.action())).append("\n");
                }
                if (!finding.safety().isBlank()) {
                    out.append("- ").append(m.t("report.markdown.safety")).append(' ').append(escape(finding.safety())).append("\n");
                }
                out.append("- ").append(m.t("report.markdown.rule", "rule", finding.rule(), "file", finding.ruleFile())).append("\n");
            }
        }
        if (!advice.readiness().isEmpty()) {
            out.append("\n## ").append(m.t("report.markdown.readiness")).append("\n\n| ")
                    .append(String.join(" | ", List.of("theme", "status", "warnings", "recommendations", "strengths").stream()
                            .map(col -> m.t("report.markdown.col." + col)).toList()))
                    .append(" |\n|---|---|---|---|---|\n");
            for (ThemeReadiness theme : advice.readiness()) {
                out.append("| ").append(labels.theme(theme.theme())).append(" | ")
                        .append(m.t("readiness." + theme.status().replace(' ', '-'))).append(" | ")
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

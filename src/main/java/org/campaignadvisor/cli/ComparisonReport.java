package org.campaignadvisor.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.campaignadvisor.compare.Comparison;
import org.campaignadvisor.compare.PlanDiff;
import org.campaignadvisor.plan.PlanProblem;
import org.campaignadvisor.render.ComparisonPage;
import org.campaignadvisor.text.Labels;
import org.campaignadvisor.text.Language;
import org.campaignadvisor.text.Messages;

/** A comparison as text (column keys A, B, … with a legend), Markdown, CSV or a standalone HTML page. */
final class ComparisonReport {
    private ComparisonReport() {
    }

    static String key(int column) {
        return column < 26 ? String.valueOf((char) ('A' + column)) : "C" + (column + 1);
    }

    static String text(Comparison c, Language language) {
        Messages m = Messages.of(language);
        Labels labels = Labels.of(language);
        StringBuilder out = new StringBuilder();
        out.append(m.t("report.compare.heading", "n", c.columns().size(), "version", c.ruleBookVersion())).append('\n');
        for (int i = 0; i < c.columns().size(); i++) {
            out.append("  ").append(key(i)).append("  ").append(c.columns().get(i)).append('\n');
        }
        out.append('\n').append(m.t("report.compare.legend")).append("\n\n");
        List<String> totals = List.of(m.t("report.compare.warnings"), m.t("report.compare.recommendations"), m.t("report.compare.strengths"));
        int idWidth = Math.min(56, Math.max(24, c.rows().stream().mapToInt(r -> r.title().length()).max().orElse(0)));
        idWidth = Math.max(idWidth, totals.stream().mapToInt(String::length).max().orElse(0));
        String cell = "%-3s";
        String header = String.format("  %-" + idWidth + "s ", m.t("report.compare.finding")) + c.columns().stream()
                .map(col -> String.format(cell, key(c.columns().indexOf(col)))).collect(Collectors.joining());
        String theme = null;
        out.append(header).append('\n');
        for (Comparison.Row row : c.rows()) {
            if (!row.theme().equals(theme)) {
                theme = row.theme();
                out.append(labels.theme(theme).toUpperCase(language.locale())).append('\n');
            }
            String title = row.title().length() > idWidth ? row.title().substring(0, idWidth - 1) + "…" : row.title();
            out.append(row.differs() ? "* " : "  ").append(String.format("%-" + idWidth + "s ", title));
            row.cells().forEach(severity -> out.append(String.format(cell,
                    severity.isEmpty() ? "·" : m.t("report.compare.letter." + severity))));
            out.append('\n');
        }
        out.append(String.format("%n  %-" + idWidth + "s ", totals.get(0)));
        c.totals().forEach(t -> out.append(String.format("%-3d", t.warnings())));
        out.append(String.format("%n  %-" + idWidth + "s ", totals.get(1)));
        c.totals().forEach(t -> out.append(String.format("%-3d", t.recommendations())));
        out.append(String.format("%n  %-" + idWidth + "s ", totals.get(2)));
        c.totals().forEach(t -> out.append(String.format("%-3d", t.strengths())));
        out.append("\n\n").append(m.t("report.compare.readiness")).append('\n');
        for (Map.Entry<String, List<String>> readiness : c.readiness().entrySet()) {
            out.append(String.format("  %-" + idWidth + "s ", labels.theme(readiness.getKey())));
            readiness.getValue().forEach(s -> out.append(String.format(cell, m.t("report.compare.readinessLetter." + status(s)))));
            out.append('\n');
        }
        appendDiffAndFailures(out, c, language);
        return out.toString();
    }

    /** "not ready" → "not-ready"; the comparison's "—" (no finding in the theme) → "nothing-found". */
    private static String status(String readiness) {
        return readiness.equals("—") || readiness.isBlank() ? "nothing-found" : readiness.replace(' ', '-');
    }

    static String markdown(Comparison c, Language language) {
        Messages m = Messages.of(language);
        Labels labels = Labels.of(language);
        StringBuilder out = new StringBuilder("# " + m.t("comparison.title") + "\n\n" + m.t("report.compare.markdown.intro", "version", c.ruleBookVersion()) + "\n\n");
        out.append("| ").append(m.t("report.compare.markdown.theme")).append(" | ").append(m.t("report.compare.markdown.finding")).append(" | ")
                .append(c.columns().stream().map(MarkdownReport::escape).collect(Collectors.joining(" | ")))
                .append(" |\n|---|---|").append("---|".repeat(c.columns().size())).append('\n');
        for (Comparison.Row row : c.rows()) {
            out.append("| ").append(labels.theme(row.theme())).append(" | ").append(row.differs() ? "**≠** " : "")
                    .append(MarkdownReport.escape(row.title())).append(" (`").append(row.id()).append("`) | ")
                    .append(row.cells().stream().map(cell -> cell.isEmpty() ? "—" : labels.severity(cell))
                            .collect(Collectors.joining(" | "))).append(" |\n");
        }
        out.append("| ").append(m.t("report.compare.markdown.totals")).append(" | ").append(m.t("report.compare.markdown.totalsWhat")).append(" | ")
                .append(c.totals().stream().map(t -> t.warnings() + " / " + t.recommendations() + " / " + t.strengths())
                        .collect(Collectors.joining(" | "))).append(" |\n");
        out.append("\n## ").append(m.t("comparison.readiness")).append("\n\n| ").append(m.t("report.compare.markdown.theme")).append(" | ")
                .append(c.columns().stream().map(MarkdownReport::escape).collect(Collectors.joining(" | ")))
                .append(" |\n|---|").append("---|".repeat(c.columns().size())).append('\n');
        c.readiness().forEach((theme, statuses) -> out.append("| ").append(labels.theme(theme)).append(" | ")
                .append(statuses.stream().map(s -> m.t("readiness." + status(s))).collect(Collectors.joining(" | "))).append(" |\n"));
        appendMarkdownDiffAndFailures(out, c, language);
        return out.toString();
    }

    static String csv(Comparison c, Language language) {
        Messages m = Messages.of(language);
        Labels labels = Labels.of(language);
        StringBuilder out = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("theme", "finding", "title", "differs").stream()
                .map(col -> m.t("report.compare.csv." + col)).toList());
        header.addAll(c.columns());
        out.append(csvLine(header));
        for (Comparison.Row row : c.rows()) {
            List<String> cells = new ArrayList<>(List.of(labels.theme(row.theme()), row.id(), row.title(),
                    m.t("report.compare.csv." + (row.differs() ? "yes" : "no"))));
            row.cells().forEach(severity -> cells.add(severity.isEmpty() ? "" : labels.severity(severity)));
            out.append(csvLine(cells));
        }
        for (String total : List.of("warnings", "recommendations", "strengths")) {
            List<String> cells = new ArrayList<>(List.of(m.t("report.compare.csv.totals"), m.t("report.compare." + total), "", ""));
            c.totals().forEach(t -> cells.add(String.valueOf(switch (total) {
                case "warnings" -> t.warnings();
                case "recommendations" -> t.recommendations();
                default -> t.strengths();
            })));
            out.append(csvLine(cells));
        }
        return out.toString();
    }

    private static String csvLine(List<String> cells) {
        return cells.stream().map(cell -> cell.contains(",") || cell.contains("\"") || cell.contains("\n")
                ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell).collect(Collectors.joining(",")) + "\r\n";
    }

    /** The same page as the web service's comparison, with its stylesheet inside. */
    static String html(Comparison c, Language language) {
        return ComparisonPage.standalone(c, language);
    }

    /** The two plans' differences and the files not compared, as text. */
    private static void appendDiffAndFailures(StringBuilder out, Comparison c, Language language) {
        Messages m = Messages.of(language);
        PlanDiff diff = c.diff();
        if (diff != null) {
            out.append('\n').append(m.t("report.compare.diff", "first", c.columns().get(0), "second", c.columns().get(1))).append('\n');
            changes(diff, language).forEach(change -> out.append("  ").append(change[0]).append(": ").append(change[1])
                    .append(" → ").append(change[2]).append('\n'));
            String first = m.t("report.compare.appeared");
            String second = m.t("report.compare.disappeared");
            int width = Math.max(first.length(), second.length()) + 1;
            out.append("\n  ").append(String.format("%-" + width + "s", first)).append(ids(diff.appeared(), m)).append('\n');
            out.append("  ").append(String.format("%-" + width + "s", second)).append(ids(diff.disappeared(), m)).append('\n');
        }
        if (!c.failures().isEmpty()) {
            out.append('\n').append(m.t("report.compare.notCompared")).append('\n');
            failures(c, language).forEach(failure -> out.append("  ").append(failure).append('\n'));
        }
    }

    /** The same, as Markdown. */
    private static void appendMarkdownDiffAndFailures(StringBuilder out, Comparison c, Language language) {
        Messages m = Messages.of(language);
        PlanDiff diff = c.diff();
        if (diff != null) {
            out.append("\n## ").append(m.t("comparison.diff")).append("\n\n");
            changes(diff, language).forEach(change -> out.append("- `").append(change[0]).append("`: ")
                    .append(MarkdownReport.escape(change[1])).append(" → ").append(MarkdownReport.escape(change[2])).append('\n'));
            out.append('\n').append(m.t("report.compare.markdown.appeared")).append(' ').append(ids(diff.appeared(), m)).append('\n');
            out.append('\n').append(m.t("report.compare.markdown.disappeared")).append(' ').append(ids(diff.disappeared(), m)).append('\n');
        }
        if (!c.failures().isEmpty()) {
            out.append("\n## ").append(m.t("report.compare.markdown.notCompared")).append("\n\n");
            failures(c, language).forEach(failure -> out.append("- ").append(MarkdownReport.escape(failure)).append('\n'));
        }
    }

    /** Each change as {path, before, after}: the path as the plan file writes it (to find it there), the values in words. */
    private static List<String[]> changes(PlanDiff diff, Language language) {
        Labels labels = Labels.of(language);
        return diff.changes().stream().map(change -> new String[] {change.path(),
                labels.valueAt(change.path(), change.before()), labels.valueAt(change.path(), change.after())}).toList();
    }

    private static String ids(List<String> ids, Messages m) {
        return ids.isEmpty() ? m.t("report.compare.none") : String.join(", ", ids);
    }

    /** "file: path: problem" for every problem of every plan that could not be compared. */
    private static List<String> failures(Comparison c, Language language) {
        List<String> said = new ArrayList<>();
        for (Comparison.Failure failure : c.failures()) {
            for (PlanProblem problem : failure.problems()) {
                said.add(failure.name() + ": " + problem.in(language));
            }
        }
        return said;
    }
}

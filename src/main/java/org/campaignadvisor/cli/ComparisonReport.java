package org.campaignadvisor.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.campaignadvisor.compare.Comparison;
import org.campaignadvisor.compare.PlanDiff;
import org.campaignadvisor.plan.PlanProblem;
import org.campaignadvisor.render.ComparisonPage;
import org.campaignadvisor.text.Labels;

/** A comparison as text (column keys A, B, … with a legend), Markdown, CSV or a standalone HTML page. */
final class ComparisonReport {
    private ComparisonReport() {
    }

    static String key(int column) {
        return column < 26 ? String.valueOf((char) ('A' + column)) : "C" + (column + 1);
    }

    private static String letter(String severity) {
        return switch (severity) {
            case "warning" -> "W";
            case "recommendation" -> "R";
            case "strength" -> "S";
            default -> "·";
        };
    }

    static String text(Comparison c) {
        StringBuilder out = new StringBuilder();
        out.append("Comparing ").append(c.columns().size()).append(" plans (rules ").append(c.ruleBookVersion()).append(")\n");
        for (int i = 0; i < c.columns().size(); i++) {
            out.append("  ").append(key(i)).append("  ").append(c.columns().get(i)).append('\n');
        }
        out.append("\nW warning · R recommendation · S strength · * the plans differ on this finding\n\n");
        int idWidth = Math.min(56, Math.max(24, c.rows().stream().mapToInt(r -> r.title().length()).max().orElse(0)));
        String header = String.format("  %-" + idWidth + "s ", "finding") + c.columns().stream()
                .map(col -> String.format("%-3s", key(c.columns().indexOf(col)))).collect(Collectors.joining());
        String theme = null;
        out.append(header).append('\n');
        for (Comparison.Row row : c.rows()) {
            if (!row.theme().equals(theme)) {
                theme = row.theme();
                out.append(Labels.get().theme(theme).toUpperCase(Locale.ROOT)).append('\n');
            }
            String title = row.title().length() > idWidth ? row.title().substring(0, idWidth - 1) + "…" : row.title();
            out.append(row.differs() ? "* " : "  ").append(String.format("%-" + idWidth + "s ", title));
            row.cells().forEach(cell -> out.append(String.format("%-3s", letter(cell))));
            out.append('\n');
        }
        out.append(String.format("%n  %-" + idWidth + "s ", "warnings"));
        c.totals().forEach(t -> out.append(String.format("%-3d", t.warnings())));
        out.append(String.format("%n  %-" + idWidth + "s ", "recommendations"));
        c.totals().forEach(t -> out.append(String.format("%-3d", t.recommendations())));
        out.append(String.format("%n  %-" + idWidth + "s ", "strengths"));
        c.totals().forEach(t -> out.append(String.format("%-3d", t.strengths())));
        out.append("\n\nREADINESS (N not ready · A almost ready · Y ready · - no finding)\n");
        for (Map.Entry<String, List<String>> theme2 : c.readiness().entrySet()) {
            out.append(String.format("  %-" + idWidth + "s ", Labels.get().theme(theme2.getKey())));
            theme2.getValue().forEach(s -> out.append(String.format("%-3s", readinessLetter(s))));
            out.append('\n');
        }
        appendDiffAndFailures(out, c, false);
        return out.toString();
    }

    private static String readinessLetter(String status) {
        return switch (status) {
            case "not ready" -> "N";
            case "almost ready" -> "A";
            case "ready" -> "Y";
            default -> "-";
        };
    }

    static String markdown(Comparison c) {
        StringBuilder out = new StringBuilder("# Comparison\n\nRules `" + c.ruleBookVersion() + "`. Rows marked **≠** differ between the plans.\n\n");
        out.append("| theme | finding | ").append(c.columns().stream().map(MarkdownReport::escape).collect(Collectors.joining(" | ")))
                .append(" |\n|---|---|").append("---|".repeat(c.columns().size())).append('\n');
        for (Comparison.Row row : c.rows()) {
            out.append("| ").append(Labels.get().theme(row.theme())).append(" | ").append(row.differs() ? "**≠** " : "")
                    .append(MarkdownReport.escape(row.title())).append(" (`").append(row.id()).append("`) | ")
                    .append(row.cells().stream().map(cell -> cell.isEmpty() ? "—" : Labels.get().severity(cell))
                            .collect(Collectors.joining(" | "))).append(" |\n");
        }
        out.append("| **totals** | warnings / recommendations / strengths | ")
                .append(c.totals().stream().map(t -> t.warnings() + " / " + t.recommendations() + " / " + t.strengths())
                        .collect(Collectors.joining(" | "))).append(" |\n");
        out.append("\n## Readiness by theme\n\n| theme | ").append(c.columns().stream().map(MarkdownReport::escape)
                .collect(Collectors.joining(" | "))).append(" |\n|---|").append("---|".repeat(c.columns().size())).append('\n');
        c.readiness().forEach((theme, statuses) -> out.append("| ").append(Labels.get().theme(theme)).append(" | ")
                .append(String.join(" | ", statuses)).append(" |\n"));
        appendDiffAndFailures(out, c, true);
        return out.toString();
    }

    static String csv(Comparison c) {
        StringBuilder out = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("theme", "finding", "title", "differs"));
        header.addAll(c.columns());
        out.append(csvLine(header));
        for (Comparison.Row row : c.rows()) {
            List<String> cells = new ArrayList<>(List.of(row.theme(), row.id(), row.title(), row.differs() ? "yes" : "no"));
            cells.addAll(row.cells());
            out.append(csvLine(cells));
        }
        for (String total : List.of("warnings", "recommendations", "strengths")) {
            List<String> cells = new ArrayList<>(List.of("totals", total, "", ""));
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
    static String html(Comparison c) {
        return ComparisonPage.standalone(c);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }

    private static void appendDiffAndFailures(StringBuilder out, Comparison c, boolean markdown) {
        PlanDiff diff = c.diff();
        if (diff != null) {
            out.append(markdown ? "\n## What differs between the two plans\n\n" : "\nWHAT DIFFERS (" + c.columns().get(0) + " → " + c.columns().get(1) + ")\n");
            for (PlanDiff.Change change : diff.changes()) {
                out.append(markdown ? "- `" + change.path() + "`: " + MarkdownReport.escape(change.before()) + " → "
                        + MarkdownReport.escape(change.after()) + "\n" : "  " + change + "\n");
            }
            out.append(markdown ? "\n**Findings that appeared:** " : "\n  findings that appeared:    ")
                    .append(diff.appeared().isEmpty() ? "none" : String.join(", ", diff.appeared())).append('\n');
            out.append(markdown ? "\n**Findings that disappeared:** " : "  findings that disappeared: ")
                    .append(diff.disappeared().isEmpty() ? "none" : String.join(", ", diff.disappeared())).append('\n');
        }
        if (!c.failures().isEmpty()) {
            out.append(markdown ? "\n## Not compared\n\n" : "\nNOT COMPARED\n");
            for (Comparison.Failure failure : c.failures()) {
                for (PlanProblem problem : failure.problems()) {
                    out.append(markdown ? "- " + MarkdownReport.escape(failure.name() + ": " + problem) + "\n"
                            : "  " + failure.name() + ": " + problem + "\n");
                }
            }
        }
    }
}

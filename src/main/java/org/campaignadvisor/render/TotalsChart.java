package org.campaignadvisor.render;

import org.campaignadvisor.compare.Comparison;
import org.campaignadvisor.text.Labels;
import org.campaignadvisor.text.Messages;

/**
 * Totals per plan as a small SVG bar chart: warnings, recommendations and strengths side by side for
 * each plan, with the counts written on the bars and a pattern per kind (readable without colour).
 */
final class TotalsChart {
    private TotalsChart() {
    }
    /** The chart in the labels' language. */
    static String svg(Comparison comparison, Labels labels) {
        int max = 1;
        for (Comparison.Totals t : comparison.totals()) {
            max = Math.max(max, Math.max(t.warnings(), Math.max(t.recommendations(), t.strengths())));
        }
        int group = 110;
        int width = Math.max(200, group * comparison.totals().size() + 20);
        StringBuilder bars = new StringBuilder();
        StringBuilder alt = new StringBuilder(Messages.of(labels.language()).t("chart.totals") + " ");
        int x = 10;
        for (Comparison.Totals t : comparison.totals()) {
            alt.append(t.column()).append(": ").append(labels.count("warning", t.warnings())).append(", ")
                    .append(labels.count("recommendation", t.recommendations())).append(", ")
                    .append(labels.count("strength", t.strengths())).append("; ");
            bar(bars, x, t.warnings(), max, "#b3261e", "#b3261e");
            bar(bars, x + 32, t.recommendations(), max, "url(#t-rec)", "#8a5a00");
            bar(bars, x + 64, t.strengths(), max, "url(#t-good)", "#1e6b3a");
            String name = t.column().length() > 16 ? t.column().substring(0, 15) + "…" : t.column();
            bars.append("<text x=\"").append(x + 45).append("\" y=\"140\" text-anchor=\"middle\" translate=\"no\">").append(Svg.escape(name)).append("</text>");
            x += group;
        }
        return "<svg class=\"totals-chart\" role=\"img\" aria-labelledby=\"totals-title\" viewBox=\"0 0 " + width + " 150\" xmlns=\"http://www.w3.org/2000/svg\">"
                + "<title id=\"totals-title\">" + Svg.escape(alt.toString().replaceAll("; $", ".")) + "</title><defs>"
                + "<pattern id=\"t-rec\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
                + "<rect width=\"6\" height=\"6\" fill=\"#f6e7c8\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#8a5a00\" stroke-width=\"3\"/></pattern>"
                + "<pattern id=\"t-good\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\"><rect width=\"6\" height=\"6\" fill=\"#dff0e4\"/>"
                + "<circle cx=\"3\" cy=\"3\" r=\"1.6\" fill=\"#1e6b3a\"/></pattern></defs>" + bars + "</svg>";
    }

    private static void bar(StringBuilder out, int x, int count, int max, String fill, String stroke) {
        int height = count == 0 ? 1 : Math.max(14, 100 * count / max);
        int top = 120 - height;
        out.append("<rect x=\"").append(x).append("\" y=\"").append(top).append("\" width=\"28\" height=\"").append(height)
                .append("\" fill=\"").append(fill).append("\" stroke=\"").append(stroke).append("\"/>");
        out.append("<text x=\"").append(x + 14).append("\" y=\"").append(top - 3).append("\" text-anchor=\"middle\">").append(count).append("</text>");
    }
}

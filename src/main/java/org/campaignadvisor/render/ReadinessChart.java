package org.campaignadvisor.render;

import java.util.List;
import org.campaignadvisor.advice.ThemeReadiness;
import org.campaignadvisor.text.Labels;
import org.campaignadvisor.text.Messages;

/**
 * The plan's readiness as a picture: one bar per theme, split into warnings, recommendations and
 * strengths, drawn on the server as SVG (no script, no CDN). Readable without colour: each part has
 * its own pattern (solid, striped, dotted), its count written beside it, and the theme's status in
 * words; the whole chart has a text alternative.
 */
public final class ReadinessChart {
    private static final int LABEL = 210;
    private static final int BAR = 300;
    private static final int ROW = 30;

    private ReadinessChart() {
    }
    /** The chart in the labels' language. */
    public static String svg(List<ThemeReadiness> themes, Labels labels) {
        Messages m = Messages.of(labels.language());
        int max = Math.max(1, themes.stream().mapToInt(t -> t.warnings() + t.recommendations() + t.strengths()).max().orElse(1));
        int height = ROW * themes.size() + 40;
        StringBuilder alt = new StringBuilder(m.t("chart.title") + " ");
        StringBuilder rows = new StringBuilder();
        int y = 10;
        for (ThemeReadiness theme : themes) {
            String name = Svg.escape(labels.theme(theme.theme()));
            alt.append(m.t("chart.row", "theme", labels.theme(theme.theme()), "status", status(theme, m))).append("; ");
            rows.append("<text x=\"0\" y=\"").append(y + 15).append("\" class=\"chart-label\">").append(name).append("</text>");
            int x = LABEL;
            x = bar(rows, x, y, theme.warnings(), max, "warn", labels.count("warning", theme.warnings()));
            x = bar(rows, x, y, theme.recommendations(), max, "rec", labels.count("recommendation", theme.recommendations()));
            x = bar(rows, x, y, theme.strengths(), max, "good", labels.count("strength", theme.strengths()));
            rows.append("<text x=\"").append(x + 6).append("\" y=\"").append(y + 15).append("\" class=\"chart-status\">")
                    .append(Svg.escape(status(theme, m))).append("</text>");
            y += ROW;
        }
        int legend = y + 14;
        return "<svg class=\"readiness-chart\" role=\"img\" aria-labelledby=\"chart-title\" viewBox=\"0 0 " + (LABEL + BAR + 170)
                + " " + height + "\" xmlns=\"http://www.w3.org/2000/svg\">"
                + "<title id=\"chart-title\">" + Svg.escape(alt.toString().replaceAll("; $", ".")) + "</title>"
                + "<defs>"
                + "<pattern id=\"p-rec\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
                + "<rect width=\"6\" height=\"6\" fill=\"#f6e7c8\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#8a5a00\" stroke-width=\"3\"/></pattern>"
                + "<pattern id=\"p-good\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\">"
                + "<rect width=\"6\" height=\"6\" fill=\"#dff0e4\"/><circle cx=\"3\" cy=\"3\" r=\"1.6\" fill=\"#1e6b3a\"/></pattern>"
                + "</defs>" + rows
                + "<g class=\"chart-legend\" transform=\"translate(0," + legend + ")\">"
                + "<rect x=\"0\" y=\"-10\" width=\"14\" height=\"12\" fill=\"#b3261e\"/><text x=\"20\" y=\"0\">" + Svg.escape(m.t("chart.warnings")) + "</text>"
                + "<rect x=\"110\" y=\"-10\" width=\"14\" height=\"12\" fill=\"url(#p-rec)\" stroke=\"#8a5a00\"/><text x=\"130\" y=\"0\">" + Svg.escape(m.t("chart.recommendations")) + "</text>"
                + "<rect x=\"270\" y=\"-10\" width=\"14\" height=\"12\" fill=\"url(#p-good)\" stroke=\"#1e6b3a\"/><text x=\"290\" y=\"0\">" + Svg.escape(m.t("chart.strengths")) + "</text>"
                + "</g></svg>";
    }

    private static int bar(StringBuilder out, int x, int y, int count, int max, String kind, String counted) {
        if (count == 0) {
            return x;
        }
        int width = Math.max(18, BAR * count / max);
        String fill = kind.equals("warn") ? "#b3261e" : "url(#p-" + kind + ")";
        String stroke = kind.equals("rec") ? "#8a5a00" : kind.equals("good") ? "#1e6b3a" : "#b3261e";
        out.append("<rect x=\"").append(x).append("\" y=\"").append(y + 2).append("\" width=\"").append(width)
                .append("\" height=\"18\" fill=\"").append(fill).append("\" stroke=\"").append(stroke).append("\"><title>")
                .append(Svg.escape(counted)).append("</title></rect>");
        out.append("<text x=\"").append(x + width / 2).append("\" y=\"").append(y + 15).append("\" text-anchor=\"middle\" class=\"chart-count ")
                .append(kind).append("\">").append(count).append("</text>");
        return x + width + 2;
    }

    private static String status(ThemeReadiness theme, Messages m) {
        if (theme.warnings() + theme.recommendations() + theme.strengths() == 0) {
            return m.t("readiness.nothing-found");
        }
        return m.t("readiness." + theme.status().replace(' ', '-'));
    }
}

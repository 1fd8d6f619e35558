package org.campaignadvisor.render;

import java.util.HashMap;
import java.util.Map;
import org.campaignadvisor.compare.Comparison;
import org.campaignadvisor.text.Labels;
import org.campaignadvisor.text.Language;
import org.campaignadvisor.text.Messages;

/**
 * The comparison as a page: the same template for the web service and for {@code compare --format
 * html}; written to a file, the page carries its stylesheet inside.
 */
public final class ComparisonPage {
    private ComparisonPage() {
    }

    /** The model the comparison template reads. */
    public static Map<String, Object> model(Comparison comparison) {
        return model(comparison, Language.ENGLISH);
    }

    /** The model in a language (the comparison's findings should be evaluated in it too). */
    public static Map<String, Object> model(Comparison comparison, Language language) {
        Map<String, Object> model = new HashMap<>();
        model.put("title", Messages.of(language).t("comparison.of", "n", comparison.columns().size()));
        model.put("comparison", comparison);
        model.put("labels", Labels.of(language));
        model.put("totalsChart", TotalsChart.svg(comparison, Labels.of(language)));
        return model;
    }

    /** A whole HTML page, with the stylesheet inside, for the command line. */
    public static String standalone(Comparison comparison, Language language) {
        Map<String, Object> model = model(comparison, language);
        model.put("standalone", true);
        model.put("css", Templates.stylesheet());
        return new Templates().render("comparison", model, language);
    }
}

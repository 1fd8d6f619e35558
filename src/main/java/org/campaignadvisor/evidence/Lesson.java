package org.campaignadvisor.evidence;

import java.util.List;

/**
 * A lesson of the field report: an action step (A1–A9) or a narrative lesson (N1–N19), with the
 * figures behind it. Findings cite lessons by id.
 *
 * @param report  what the report says: its words in quotation marks or a close paraphrase, hedges kept
 * @param reading the project's reading of it: our inference and thresholds, never shown as the report's
 * @param reportTranslation the report's words in the reader's language, shown beside them ("" in English)
 * @param country true when the lesson is an observation about one country's institutions or events,
 *                which rules may cite only where the context profile supports it
 */
public record Lesson(
        String id,
        String kind,
        String title,
        String section,
        String report,
        String reading,
        boolean country,
        List<Figure> figures,
        List<String> actionSteps,
        String reportTranslation) {

    public Lesson {
        figures = figures == null ? List.of() : List.copyOf(figures);
        actionSteps = actionSteps == null ? List.of() : List.copyOf(actionSteps);
        report = report == null ? "" : report.strip();
        reading = reading == null ? "" : reading.strip();
        section = section == null ? "" : section;
        reportTranslation = reportTranslation == null ? "" : reportTranslation.strip();
    }
}

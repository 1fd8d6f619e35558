package org.campaignadvisor.evidence;

import java.util.List;

/**
 * A lesson of the field report: an action step (A1–A9) or a narrative lesson (N1–N16), with the
 * figures behind it. Findings cite lessons by id.
 */
public record Lesson(
        String id,
        String kind,
        String title,
        String summary,
        List<Figure> figures,
        List<String> actionSteps,
        String section) {

    public Lesson {
        figures = figures == null ? List.of() : List.copyOf(figures);
        actionSteps = actionSteps == null ? List.of() : List.copyOf(actionSteps);
        summary = summary == null ? "" : summary.strip();
        section = section == null ? "" : section;
    }
}

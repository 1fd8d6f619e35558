package org.campaignadvisor.advice;

import java.util.List;
import org.campaignadvisor.evidence.Figure;

/** The evidence behind a finding: a lesson of the report and its figures. */
public record Citation(String lesson, String title, List<Figure> figures) {
    public Citation {
        figures = List.copyOf(figures);
    }
}

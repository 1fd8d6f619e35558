package org.campaignadvisor.advice;

import java.util.List;
import org.campaignadvisor.evidence.Figure;

/**
 * What the report says behind a finding: one lesson, in the report's words or a close paraphrase
 * (hedges kept), the section it comes from, and its figures. Never the project's inference.
 */
public record Citation(String lesson, String title, String section, String report, List<Figure> figures) {
    public Citation {
        figures = List.copyOf(figures);
    }
}

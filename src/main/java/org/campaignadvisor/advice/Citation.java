package org.campaignadvisor.advice;

import java.util.List;
import org.campaignadvisor.evidence.Figure;

/**
 * What the report says behind a finding: one lesson, in the report's words or a close paraphrase
 * (hedges kept), the section it comes from, and its figures. Never the project's inference. In a
 * language other than English, {@code report} stays the report's own words and {@code reportTranslation}
 * carries them translated.
 */
public record Citation(String lesson, String title, String section, String report, String reportTranslation, List<Figure> figures) {
    public Citation {
        figures = List.copyOf(figures);
        reportTranslation = reportTranslation == null ? "" : reportTranslation;
    }
}

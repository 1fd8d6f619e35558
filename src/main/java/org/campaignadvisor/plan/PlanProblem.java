package org.campaignadvisor.plan;

import org.campaignadvisor.text.Language;
import org.campaignadvisor.text.ProblemText;

/**
 * One thing wrong with a plan file: where (a field path such as {@code audience.segments[1].size},
 * empty for the whole document) and what was expected.
 */
public record PlanProblem(String path, String message) {

    /** The same problem said in a language (the path stays as the plan file writes it). */
    public PlanProblem in(Language language) {
        return new PlanProblem(path, ProblemText.say(message, language));
    }

    @Override
    public String toString() {
        return path.isEmpty() ? message : path + ": " + message;
    }
}

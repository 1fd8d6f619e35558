package org.campaignadvisor.plan;

/**
 * One thing wrong with a plan file: where (a field path such as {@code audience.segments[1].size},
 * empty for the whole document) and what was expected.
 */
public record PlanProblem(String path, String message) {

    @Override
    public String toString() {
        return path.isEmpty() ? message : path + ": " + message;
    }
}

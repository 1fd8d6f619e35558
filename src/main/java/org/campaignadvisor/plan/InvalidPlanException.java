package org.campaignadvisor.plan;

import java.util.List;
import java.util.stream.Collectors;

/** A plan could not be read; carries every problem found, not only the first. */
public class InvalidPlanException extends Exception {
    private final String source;
    private final List<PlanProblem> problems;

    public InvalidPlanException(String source, List<PlanProblem> problems) {
        super(source + ": " + problems.stream().map(PlanProblem::toString).collect(Collectors.joining("; ")));
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    /** Where the plan came from: a file name or a label such as "request body". */
    public String source() {
        return source;
    }

    public List<PlanProblem> problems() {
        return problems;
    }
}

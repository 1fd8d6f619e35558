package org.campaignadvisor.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A plan could not be read; carries every problem found, not only the first, up to
 * {@link #MAX_LISTED}: past that, one last problem says how many more there were, so that a
 * pathological input cannot produce an enormous error.
 */
public class InvalidPlanException extends Exception {
    /** How many problems are listed at most. */
    public static final int MAX_LISTED = 50;

    private final String source;
    private final List<PlanProblem> problems;

    public InvalidPlanException(String source, List<PlanProblem> problems) {
        this(source, capped(problems), true);
    }

    private InvalidPlanException(String source, List<PlanProblem> problems, boolean capped) {
        super(source + ": " + problems.stream().map(PlanProblem::toString).collect(Collectors.joining("; ")));
        this.source = source;
        this.problems = problems;
    }

    private static List<PlanProblem> capped(List<PlanProblem> problems) {
        if (problems.size() <= MAX_LISTED) {
            return List.copyOf(problems);
        }
        List<PlanProblem> first = new ArrayList<>(problems.subList(0, MAX_LISTED));
        first.add(new PlanProblem("", "and " + (problems.size() - MAX_LISTED) + " more problems (only the first "
                + MAX_LISTED + " are listed)"));
        return List.copyOf(first);
    }

    /** Where the plan came from: a file name or a label such as "request body". */
    public String source() {
        return source;
    }

    public List<PlanProblem> problems() {
        return problems;
    }
}

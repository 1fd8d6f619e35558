package org.campaignadvisor.web;

import java.util.List;
import org.campaignadvisor.plan.PlanProblem;

/**
 * A request the service cannot use: answered with its HTTP status and every problem by field path,
 * as problem+json to the API and as the form re-shown with errors to a browser.
 */
public class BadInputException extends RuntimeException {
    private final int status;
    private final String title;
    private final List<PlanProblem> problems;

    public BadInputException(int status, String title, List<PlanProblem> problems) {
        super(title);
        this.status = status;
        this.title = title;
        this.problems = List.copyOf(problems);
    }

    public static BadInputException of(int status, String title, String detail) {
        return new BadInputException(status, title, List.of(new PlanProblem("", detail)));
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<PlanProblem> problems() {
        return problems;
    }
}

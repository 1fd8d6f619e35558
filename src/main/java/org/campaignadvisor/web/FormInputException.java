package org.campaignadvisor.web;

import java.util.List;
import org.campaignadvisor.plan.PlanProblem;

/** A plan typed into the web form has problems: the form is shown again with what was typed. */
public class FormInputException extends RuntimeException {
    private final FormValues values;
    private final List<PlanProblem> problems;

    public FormInputException(FormValues values, List<PlanProblem> problems) {
        super("the plan in the form has problems");
        this.values = values;
        this.problems = List.copyOf(problems);
    }

    public FormValues values() {
        return values;
    }

    public List<PlanProblem> problems() {
        return problems;
    }
}

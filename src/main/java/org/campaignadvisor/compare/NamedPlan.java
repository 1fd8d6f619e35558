package org.campaignadvisor.compare;

import java.util.List;
import org.campaignadvisor.plan.Plan;
import org.campaignadvisor.plan.PlanProblem;

/** A plan under the name it goes by in a comparison (usually its file name), or why it could not be read. */
public record NamedPlan(String name, Plan plan, List<PlanProblem> problems) {
    public NamedPlan {
        problems = List.copyOf(problems);
    }

    public static NamedPlan of(String name, Plan plan) {
        return new NamedPlan(name, plan, List.of());
    }

    public static NamedPlan unreadable(String name, List<PlanProblem> problems) {
        return new NamedPlan(name, null, problems);
    }

    public boolean readable() {
        return plan != null;
    }
}

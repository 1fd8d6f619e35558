package org.campaignadvisor.scenarios;

import java.nio.file.Path;
import java.util.List;
import org.campaignadvisor.plan.Plan;
import org.campaignadvisor.plan.PlanProblem;

/**
 * One scenario file: a plan with the findings it must and must not produce, or the problems that
 * kept it from being read.
 */
public record Scenario(Path file, Plan plan, List<PlanProblem> problems) {
    public Scenario {
        problems = List.copyOf(problems);
    }

    public boolean readable() {
        return plan != null;
    }
}

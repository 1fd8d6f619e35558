package org.campaignadvisor.rules;

import java.util.List;
import java.util.stream.Collectors;

/** The rule files could not be compiled; carries every problem with its file, line and column. */
public class RuleCompileException extends Exception {
    private final List<RuleProblem> problems;

    public RuleCompileException(List<RuleProblem> problems) {
        super(problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in the rule files:\n"
                + problems.stream().map(RuleProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<RuleProblem> problems() {
        return problems;
    }
}

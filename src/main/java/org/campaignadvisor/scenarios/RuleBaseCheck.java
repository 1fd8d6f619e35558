package org.campaignadvisor.scenarios;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.campaignadvisor.advice.Finding;
import org.campaignadvisor.evidence.Lesson;
import org.campaignadvisor.plan.InvalidPlanException;
import org.campaignadvisor.plan.Plan;
import org.campaignadvisor.plan.PlanProblem;
import org.campaignadvisor.rules.Advisor;
import org.campaignadvisor.rules.EvaluationException;
import org.campaignadvisor.rules.RuleBook;
import org.campaignadvisor.rules.RuleEntry;

/**
 * Tests the rules like code: every scenario against its expected findings, and the coverage of the
 * rule base — lessons no rule cites, lessons rules cite that do not exist, advice rules no scenario
 * exercises.
 */
public final class RuleBaseCheck {
    private final Advisor advisor;

    public RuleBaseCheck(Advisor advisor) {
        this.advisor = advisor;
    }

    public record Report(List<ScenarioResult> scenarios, List<String> uncitedLessons, List<String> unknownLessons,
                         List<String> unexercisedRules) {
        public long passed() {
            return scenarios.stream().filter(ScenarioResult::passed).count();
        }

        public long failed() {
            return scenarios.size() - passed();
        }
    }

    public Report run(List<Scenario> scenarios) {
        RuleBook book = advisor.ruleBook();
        Set<String> adviceIds = new TreeSet<>();
        Set<String> cited = new LinkedHashSet<>();
        for (RuleEntry rule : book.catalogue()) {
            if (rule.isAdvice()) {
                adviceIds.add(rule.name());
                cited.addAll(rule.lessons());
            }
        }
        List<ScenarioResult> results = new ArrayList<>();
        Set<String> exercised = new TreeSet<>();
        for (Scenario scenario : scenarios) {
            ScenarioResult result = check(scenario, adviceIds);
            exercised.addAll(result.fired());
            results.add(result);
        }
        List<String> lessonIds = advisor.evidence().lessons().stream().map(Lesson::id).toList();
        List<String> uncited = lessonIds.stream().filter(id -> !cited.contains(id)).toList();
        List<String> unknown = cited.stream().filter(id -> !lessonIds.contains(id)).sorted().toList();
        List<String> unexercised = adviceIds.stream().filter(id -> !exercised.contains(id)).toList();
        return new Report(results, uncited, unknown, unexercised);
    }

    public ScenarioResult check(Scenario scenario, Set<String> adviceIds) {
        if (!scenario.readable()) {
            return new ScenarioResult(scenario.file(), Set.of(), List.of(), List.of(),
                    scenario.problems());
        }
        Plan plan = scenario.plan();
        List<PlanProblem> errors = new ArrayList<>();
        if (plan.expect().isEmpty()) {
            errors.add(new PlanProblem("", "declares no expectations (add expect.fires / expect.doesNotFire)"));
        }
        for (String id : plan.expect().fires()) {
            if (!adviceIds.contains(id)) {
                errors.add(new PlanProblem("", "expects \"" + id + "\", which no rule produces"));
            }
        }
        for (String id : plan.expect().doesNotFire()) {
            if (!adviceIds.contains(id)) {
                errors.add(new PlanProblem("", "rules out \"" + id + "\", which no rule produces"));
            }
        }
        Set<String> fired;
        try {
            fired = new TreeSet<>(advisor.evaluate(plan).findings().stream().map(Finding::id).toList());
        } catch (InvalidPlanException e) {
            errors.addAll(e.problems());
            return new ScenarioResult(scenario.file(), Set.of(), List.of(), List.of(), errors);
        } catch (EvaluationException e) {
            errors.add(new PlanProblem("", "the rules failed: " + e.getMessage()));
            return new ScenarioResult(scenario.file(), Set.of(), List.of(), List.of(), errors);
        }
        List<String> missing = plan.expect().fires().stream().filter(id -> !fired.contains(id)).sorted().toList();
        List<String> unexpected = plan.expect().doesNotFire().stream().filter(fired::contains).sorted().toList();
        return new ScenarioResult(scenario.file(), fired, missing, unexpected, errors);
    }
}

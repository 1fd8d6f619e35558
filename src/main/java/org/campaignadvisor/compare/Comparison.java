package org.campaignadvisor.compare;

import java.util.ArrayList;
import org.campaignadvisor.text.Language;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.campaignadvisor.advice.Advice;
import org.campaignadvisor.advice.Finding;
import org.campaignadvisor.advice.Severity;
import org.campaignadvisor.advice.ThemeReadiness;
import org.campaignadvisor.plan.InvalidPlanException;
import org.campaignadvisor.plan.PlanProblem;
import org.campaignadvisor.rules.Advisor;
import org.campaignadvisor.rules.EvaluationException;

/**
 * Plans side by side: one column per plan, one row per finding that fires in any of them (the
 * severity in each cell, blank where it does not fire), rows grouped by theme, rows that differ
 * marked; totals and readiness per theme per plan. With exactly two plans, also the plan fields that
 * differ and the findings that appeared and disappeared. Plans that cannot be read or evaluated are
 * listed with their problems; the others are still compared.
 */
public record Comparison(
        List<String> columns,
        List<Row> rows,
        List<Totals> totals,
        Map<String, List<String>> readiness,
        List<Failure> failures,
        PlanDiff diff,
        String ruleBookVersion) {

    /** One finding across the plans; {@code cells} holds a severity label or "" per column. */
    public record Row(String id, String theme, String title, List<String> cells, boolean differs) {
    }

    public record Totals(String column, int warnings, int recommendations, int strengths) {
    }

    public record Failure(String name, List<PlanProblem> problems) {
    }

    /** Evaluates the plans in parallel on the shared rule base and builds the matrix. */
    public static Comparison of(Advisor advisor, List<NamedPlan> plans) {
        return of(advisor, plans, Language.ENGLISH);
    }

    /** As {@link #of(Advisor, List)}, the findings' texts in a language. */
    public static Comparison of(Advisor advisor, List<NamedPlan> plans, Language language) {
        List<Result> results = plans.parallelStream().map(p -> evaluate(advisor, p, language)).toList();
        List<String> columns = new ArrayList<>();
        List<Advice> advice = new ArrayList<>();
        List<Failure> failures = new ArrayList<>();
        List<NamedPlan> compared = new ArrayList<>();
        for (Result result : results) {
            if (result.advice != null) {
                columns.add(result.plan.name());
                advice.add(result.advice);
                compared.add(result.plan);
            } else {
                failures.add(new Failure(result.plan.name(), result.problems));
            }
        }
        PlanDiff diff = advice.size() == 2 ? PlanDiff.between(compared.get(0).plan(), compared.get(1).plan(),
                ids(advice.get(0)), ids(advice.get(1))) : null;
        String version = advice.isEmpty() ? advisor.ruleBook().version() : advice.get(0).ruleBookVersion();
        return new Comparison(columns, rows(advice), totals(columns, advice), readiness(advice), failures, diff, version);
    }

    private record Result(NamedPlan plan, Advice advice, List<PlanProblem> problems) {
    }

    private static Result evaluate(Advisor advisor, NamedPlan plan, Language language) {
        if (!plan.readable()) {
            return new Result(plan, null, plan.problems());
        }
        try {
            return new Result(plan, advisor.evaluate(plan.plan(), language), List.of());
        } catch (InvalidPlanException e) {
            return new Result(plan, null, e.problems());
        } catch (EvaluationException e) {
            return new Result(plan, null, List.of(new PlanProblem("", "the rules could not finish: " + e.getMessage())));
        }
    }

    private static Set<String> ids(Advice advice) {
        return new TreeSet<>(advice.findings().stream().map(Finding::id).toList());
    }

    private static List<Row> rows(List<Advice> advice) {
        Map<String, Finding> first = new TreeMap<>();
        for (Advice a : advice) {
            for (Finding f : a.findings()) {
                first.putIfAbsent(f.id(), f);
            }
        }
        List<Row> rows = new ArrayList<>();
        for (Finding finding : first.values()) {
            List<String> cells = new ArrayList<>();
            for (Advice a : advice) {
                cells.add(a.findings().stream().filter(f -> f.id().equals(finding.id())).findFirst()
                        .map(f -> f.severity().label()).orElse(""));
            }
            boolean differs = cells.stream().distinct().count() > 1;
            rows.add(new Row(finding.id(), finding.theme(), finding.title(), cells, differs));
        }
        rows.sort(Comparator.comparing(Row::theme).thenComparing(Row::id));
        return rows;
    }

    private static List<Totals> totals(List<String> columns, List<Advice> advice) {
        List<Totals> totals = new ArrayList<>();
        for (int i = 0; i < advice.size(); i++) {
            Advice a = advice.get(i);
            totals.add(new Totals(columns.get(i), a.count(Severity.WARNING), a.count(Severity.RECOMMENDATION),
                    a.count(Severity.STRENGTH)));
        }
        return totals;
    }

    /** Theme → readiness status per column ("—" where the theme has no finding in that plan). */
    private static Map<String, List<String>> readiness(List<Advice> advice) {
        Set<String> themes = new TreeSet<>();
        advice.forEach(a -> a.readiness().forEach(r -> themes.add(r.theme())));
        Map<String, List<String>> table = new LinkedHashMap<>();
        for (String theme : themes) {
            List<String> statuses = new ArrayList<>();
            for (Advice a : advice) {
                statuses.add(a.readiness().stream().filter(r -> r.theme().equals(theme)).findFirst()
                        .map(ThemeReadiness::status).orElse("—"));
            }
            table.put(theme, statuses);
        }
        return table;
    }
}

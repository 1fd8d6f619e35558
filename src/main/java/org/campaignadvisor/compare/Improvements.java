package org.campaignadvisor.compare;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import org.campaignadvisor.text.Language;
import org.campaignadvisor.text.Messages;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.campaignadvisor.advice.Advice;
import org.campaignadvisor.advice.Finding;
import org.campaignadvisor.advice.Severity;
import org.campaignadvisor.plan.InvalidPlanException;
import org.campaignadvisor.plan.Plan;
import org.campaignadvisor.plan.PlanReader;
import org.campaignadvisor.plan.PlanTree;
import org.campaignadvisor.rules.Advisor;

/**
 * "What would help most": each candidate change that applies to a plan is made, the changed plan is
 * evaluated again, and the changes are ranked by the weight of the findings they clear (each rule's
 * {@code @weight}: how much the finding threatens the campaign's goal), then by the warnings they
 * clear, then the strengths they add. Computed by re-running the rules, not guessed.
 */
public final class Improvements {
    private Improvements() {
    }

    /** One change and its measured effect. */
    public record Improvement(String change, String description, List<String> clearsWarnings,
                              List<String> clearsRecommendations, List<String> adds, int warningsAfter, int strengthsAfter,
                              int weightCleared, String reason) {
    }

    public record Ranking(String plan, int warnings, int strengths, List<Improvement> improvements) {
    }

    public static Ranking rank(Advisor advisor, Plan plan) throws InvalidPlanException {
        return rank(advisor, plan, advisor.evaluate(plan));
    }

    /** As {@link #rank(Advisor, Plan)}, for a plan whose advice the caller already has. */
    public static Ranking rank(Advisor advisor, Plan plan, Advice base) {
        return rank(advisor, plan, base, Language.ENGLISH);
    }

    /** As {@link #rank(Advisor, Plan, Advice)}, the changes and reasons described in a language. */
    public static Ranking rank(Advisor advisor, Plan plan, Advice base, Language language) {
        ObjectNode original = PlanTree.of(plan);
        List<Improvement> improvements = PlanChange.CANDIDATES.parallelStream()
                .map(change -> tryChange(advisor, base, original, change, language))
                .filter(Objects::nonNull)
                .sorted(Comparator.comparingInt(Improvement::weightCleared).reversed()
                        .thenComparing(Comparator.comparingInt((Improvement i) -> i.clearsWarnings().size()).reversed())
                        .thenComparing(Comparator.comparingInt(Improvement::strengthsAfter).reversed())
                        .thenComparing(Improvement::change))
                .toList();
        return new Ranking(plan.name(), base.count(Severity.WARNING), base.count(Severity.STRENGTH), improvements);
    }

    private static Improvement tryChange(Advisor advisor, Advice base, ObjectNode original, PlanChange change, Language language) {
        ObjectNode changed = original.deepCopy();
        change.edit().accept(changed);
        if (changed.equals(original)) {
            return null; // the change does not apply to this plan
        }
        Advice after;
        try {
            after = advisor.evaluate(PlanReader.fromTree(changed, change.id()));
        } catch (InvalidPlanException e) {
            return null;
        }
        Set<String> afterIds = ids(after, null);
        List<String> clearedWarnings = ids(base, Severity.WARNING).stream().filter(id -> !afterIds.contains(id)).toList();
        List<String> clearedRecommendations = ids(base, Severity.RECOMMENDATION).stream().filter(id -> !afterIds.contains(id)).toList();
        Set<String> baseIds = ids(base, null);
        List<String> added = afterIds.stream().filter(id -> !baseIds.contains(id)).toList();
        if (clearedWarnings.isEmpty() && clearedRecommendations.isEmpty() && added.isEmpty()) {
            return null;
        }
        Map<String, Finding> byId = new HashMap<>();
        base.findings().forEach(f -> byId.merge(f.id(), f, (a, b) -> a.weight() >= b.weight() ? a : b));
        List<Finding> cleared = Stream.concat(clearedWarnings.stream(), clearedRecommendations.stream())
                .map(byId::get).sorted(Comparator.comparingInt(Finding::weight).reversed().thenComparing(Finding::id)).toList();
        int weight = cleared.stream().mapToInt(Finding::weight).sum();
        Messages messages = Messages.of(language);
        String description = language.isEnglish() || !messages.has("change." + change.id()) ? change.description()
                : messages.t("change." + change.id());
        return new Improvement(change.id(), description, clearedWarnings, clearedRecommendations, added,
                after.count(Severity.WARNING), after.count(Severity.STRENGTH), weight, reason(cleared, weight, messages));
    }

    /** Why a change ranks where it does: the heaviest findings it clears, with their weights. */
    private static String reason(List<Finding> cleared, int weight, Messages messages) {
        if (cleared.isEmpty()) {
            return messages.t("improve.onlyStrengths");
        }
        List<String> named = cleared.stream().limit(3)
                .map(f -> messages.t("improve.named", "title", f.title(), "weight", f.weight())).toList();
        return messages.t("improve.reason", "named", String.join(", ", named), "more", Math.max(0, cleared.size() - 3), "weight", weight);
    }

    private static Set<String> ids(Advice advice, Severity severity) {
        Set<String> ids = new TreeSet<>();
        for (Finding finding : advice.findings()) {
            if (severity == null || finding.severity() == severity) {
                ids.add(finding.id());
            }
        }
        return ids;
    }
}

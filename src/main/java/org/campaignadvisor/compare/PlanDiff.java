package org.campaignadvisor.compare;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.campaignadvisor.plan.Plan;
import org.campaignadvisor.plan.PlanTree;

/**
 * What differs between two plans, field by field ({@code audience.recruitment: random → targeted}),
 * next to the findings that appeared and disappeared.
 */
public record PlanDiff(List<Change> changes, List<String> appeared, List<String> disappeared) {

    /** One field that differs; "—" stands for a field one plan leaves out. */
    public record Change(String path, String before, String after) {
        @Override
        public String toString() {
            return path + ": " + before + " → " + after;
        }
    }

    static PlanDiff between(Plan first, Plan second, Set<String> firstIds, Set<String> secondIds) {
        Map<String, String> a = leaves(first);
        Map<String, String> b = leaves(second);
        Set<String> paths = new TreeSet<>(a.keySet());
        paths.addAll(b.keySet());
        paths.remove("name");
        paths.removeIf(p -> p.startsWith("expect"));
        List<Change> changes = new ArrayList<>();
        for (String path : paths) {
            String before = a.getOrDefault(path, "—");
            String after = b.getOrDefault(path, "—");
            if (!before.equals(after)) {
                changes.add(new Change(path, before, after));
            }
        }
        List<String> appeared = secondIds.stream().filter(id -> !firstIds.contains(id)).sorted().toList();
        List<String> disappeared = firstIds.stream().filter(id -> !secondIds.contains(id)).sorted().toList();
        return new PlanDiff(changes, appeared, disappeared);
    }

    /** Every value of the plan by field path; lists of plain values as one value. */
    static Map<String, String> leaves(Plan plan) {
        Map<String, String> leaves = new LinkedHashMap<>();
        collect(PlanTree.of(plan), "", leaves);
        return leaves;
    }

    private static void collect(JsonNode node, String path, Map<String, String> out) {
        if (node.isObject()) {
            node.properties().forEach(e -> collect(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey(), out));
        } else if (node.isArray() && node.size() > 0 && node.get(0).isObject()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), path + "[" + i + "]", out);
            }
        } else if (node.isArray()) {
            List<String> items = new ArrayList<>();
            node.forEach(v -> items.add(v.asText()));
            out.put(path, "[" + String.join(", ", items) + "]");
        } else {
            out.put(path, node.isNumber() && node.asDouble() == Math.rint(node.asDouble())
                    ? String.valueOf((long) node.asDouble()) : node.asText());
        }
    }
}

package org.campaignadvisor.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.fasterxml.jackson.databind.JsonNode;
import org.campaignadvisor.plan.Plan;
import org.campaignadvisor.plan.PlanSchema;
import org.campaignadvisor.plan.PlanTree;

/**
 * What the plan form shows: every input's value by its name, which is the field's plan path
 * ({@code audience.segments[1].size}). Holds exactly what the user typed, so a form with errors
 * is shown again with nothing lost.
 */
public final class FormValues {
    private static final Pattern ROW = Pattern.compile("^(.+)\\[(\\d+)]\\..*$");

    private final Map<String, List<String>> values;

    public FormValues(Map<String, List<String>> values) {
        this.values = new LinkedHashMap<>(values);
        this.values.remove("carried"); // plans carried to a comparison travel beside the form, not in it
    }

    public static FormValues empty() {
        return new FormValues(Map.of());
    }

    /** The form filled from a plan (a loaded scenario or an uploaded file). */
    public static FormValues of(Plan plan) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        flatten(PlanTree.of(plan), "", PlanSchema.get().document(), values);
        return new FormValues(values);
    }

    /** The first value typed for an input, or "". */
    public String get(String path) {
        List<String> list = values.get(path);
        return list == null || list.isEmpty() ? "" : list.get(0);
    }

    /** Whether a checkbox with this value was ticked. */
    public boolean has(String path, String option) {
        List<String> list = values.get(path);
        return list != null && list.contains(option);
    }

    /** True when a section has something typed in it or an error: it is shown open. */
    public boolean touches(FormFields.Section section, Map<String, String> errors) {
        String prefix = section.repeatable() ? section.rows() + "[" : null;
        Predicate<String> inSection = name -> prefix != null ? name.startsWith(prefix)
                : section.fields().stream().anyMatch(f -> f.name().equals(name));
        boolean typed = values.entrySet().stream().anyMatch(e -> inSection.test(e.getKey())
                && e.getValue().stream().anyMatch(v -> v != null && !v.isBlank() && !v.equals("none")));
        return typed || errors.keySet().stream().anyMatch(inSection);
    }

    /**
     * Row numbers to show for a repeatable group: every row up to the last one with something typed in
     * it, then {@code extra} empty ones (so the form does not grow with every submission).
     */
    public List<Integer> rows(String arrayPath, Number extra) {
        int highest = -1;
        for (Map.Entry<String, List<String>> entry : values.entrySet()) {
            Matcher m = ROW.matcher(entry.getKey());
            boolean typed = entry.getValue().stream().anyMatch(v -> v != null && !v.isBlank());
            if (typed && m.matches() && m.group(1).equals(arrayPath)) {
                highest = Math.max(highest, Integer.parseInt(m.group(2)));
            }
        }
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i <= highest + extra.intValue(); i++) {
            rows.add(i);
        }
        return rows;
    }

    private static void flatten(JsonNode node, String path, JsonNode schema, Map<String, List<String>> out) {
        if (node.isObject()) {
            node.properties().forEach(e -> flatten(e.getValue(), child(path, e.getKey()),
                    SchemaPaths.property(schema, e.getKey()), out));
        } else if (node.isArray()) {
            JsonNode items = SchemaPaths.resolve(schema.path("items"));
            if (items.path("type").asText().equals("object")) {
                for (int i = 0; i < node.size(); i++) {
                    flatten(node.get(i), path + "[" + i + "]", items, out);
                }
            } else if (items.has("enum")) {
                List<String> list = new ArrayList<>();
                node.forEach(v -> list.add(v.asText()));
                out.put(path, list);
            } else {
                List<String> list = new ArrayList<>();
                node.forEach(v -> list.add(v.asText()));
                out.put(path, List.of(String.join(", ", list)));
            }
        } else if (!node.isNull()) {
            String text = node.isNumber() && node.asDouble() == Math.rint(node.asDouble()) && !node.isIntegralNumber()
                    ? String.valueOf((long) node.asDouble()) : node.asText();
            out.put(path, List.of(text));
        }
    }

    private static String child(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    /** The tree this form describes, in the plan format (see {@link FormPlan}). */
    public FormPlan toPlanTree() {
        return FormPlan.of(this);
    }

    /** Used by {@link FormPlan}: the raw map. */
    Map<String, List<String>> raw() {
        return values;
    }

    @Override
    public String toString() {
        return values.toString();
    }
}

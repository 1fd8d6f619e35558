package org.campaignadvisor.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.campaignadvisor.plan.PlanProblem;
import org.campaignadvisor.plan.PlanSchema;

/**
 * Turns the inputs of the plan form into a plan tree, so that a plan typed into the form is checked
 * by exactly the same reader and schema as a plan file. Numbers that are not numbers stay text, so
 * the schema reports them; empty inputs and wholly empty rows are left out; problem paths are
 * translated back to the names of the inputs they came from.
 */
public final class FormPlan {
    private static final Pattern STEP = Pattern.compile("([A-Za-z]+)(?:\\[(\\d+)])?");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ObjectNode tree;
    private final Map<String, String> rowNames;

    private FormPlan(ObjectNode tree, Map<String, String> rowNames) {
        this.tree = tree;
        this.rowNames = rowNames;
    }

    public ObjectNode tree() {
        return tree;
    }

    static FormPlan of(FormValues form) {
        Map<String, Object> root = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> input : form.raw().entrySet()) {
            List<String> typed = input.getValue().stream().map(String::strip).filter(v -> !v.isEmpty()).toList();
            if (!typed.isEmpty()) {
                put(root, input.getKey(), typed);
            }
        }
        Map<String, String> rowNames = new LinkedHashMap<>();
        ObjectNode tree = (ObjectNode) build(root, PlanSchema.get().document(), "", "", rowNames);
        return new FormPlan(tree == null ? NODES.objectNode() : tree, rowNames);
    }

    /** A problem's path as the name of the form input it belongs to. */
    public PlanProblem toInput(PlanProblem problem) {
        String path = problem.path();
        String best = "";
        for (String compact : rowNames.keySet()) {
            if ((path.equals(compact) || path.startsWith(compact + ".") || path.startsWith(compact + "["))
                    && compact.length() > best.length()) {
                best = compact;
            }
        }
        return best.isEmpty() ? problem : new PlanProblem(rowNames.get(best) + path.substring(best.length()), problem.message());
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> root, String name, List<String> values) {
        String[] steps = name.split("\\.");
        Object node = root;
        for (int i = 0; i < steps.length; i++) {
            Matcher m = STEP.matcher(steps[i]);
            if (!m.matches()) {
                return; // not a plan input (a button, a stray field): ignore it
            }
            boolean last = i == steps.length - 1;
            Map<String, Object> object = (Map<String, Object>) node;
            if (m.group(2) == null) {
                if (last) {
                    object.put(m.group(1), values);
                } else {
                    node = object.computeIfAbsent(m.group(1), k -> new LinkedHashMap<String, Object>());
                }
            } else {
                TreeMap<Integer, Object> rows = (TreeMap<Integer, Object>) object.computeIfAbsent(m.group(1), k -> new TreeMap<Integer, Object>());
                Object row = rows.computeIfAbsent(Integer.parseInt(m.group(2)), k -> new LinkedHashMap<String, Object>());
                if (last) {
                    return;
                }
                node = row;
            }
            if (!(node instanceof Map)) {
                return;
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static JsonNode build(Object value, JsonNode schema, String path, String formPath, Map<String, String> rowNames) {
        schema = SchemaPaths.resolve(schema);
        if (value instanceof TreeMap<?, ?> rows) {
            ArrayNode array = NODES.arrayNode();
            for (Map.Entry<Integer, Object> row : ((TreeMap<Integer, Object>) rows).entrySet()) {
                String compact = path + "[" + array.size() + "]";
                String typed = formPath + "[" + row.getKey() + "]";
                JsonNode built = build(row.getValue(), SchemaPaths.items(schema), compact, typed, rowNames);
                if (built != null) {
                    rowNames.put(compact, typed);
                    array.add(built);
                }
            }
            return array.isEmpty() ? null : array;
        }
        if (value instanceof Map<?, ?> map) {
            ObjectNode object = NODES.objectNode();
            for (Map.Entry<String, Object> field : ((Map<String, Object>) map).entrySet()) {
                String name = field.getKey();
                JsonNode built = build(field.getValue(), SchemaPaths.property(schema, name), join(path, name),
                        join(formPath, name), rowNames);
                if (built != null) {
                    object.set(name, built);
                }
            }
            return object.isEmpty() ? null : object;
        }
        return leaf((List<String>) value, schema);
    }

    private static JsonNode leaf(List<String> values, JsonNode schema) {
        String type = schema.path("type").asText("");
        String first = values.get(0);
        switch (type) {
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                JsonNode items = SchemaPaths.items(schema);
                if (items.has("enum")) {
                    values.forEach(array::add);
                } else {
                    for (String value : values) {
                        for (String part : value.split("[,\\n]")) {
                            if (!part.isBlank()) {
                                array.add(part.strip());
                            }
                        }
                    }
                }
                return array;
            }
            case "integer" -> {
                Double number = first.strip().endsWith("%") ? null : TypedNumber.parse(first);
                return number != null && number == Math.rint(number) && Math.abs(number) < 1e18
                        ? NODES.numberNode(number.longValue()) : NODES.textNode(first);
            }
            case "number" -> {
                Double number = TypedNumber.parse(first);
                if (number == null) {
                    return NODES.textNode(first);
                }
                return number == Math.rint(number) && Math.abs(number) < 1e15 ? NODES.numberNode(number.longValue())
                        : NODES.numberNode(number);
            }
            case "boolean" -> {
                return NODES.booleanNode(first.equals("true") || first.equals("on") || first.equals("yes"));
            }
            default -> {
                return NODES.textNode(first);
            }
        }
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    /** Problems with their paths turned into input names. */
    public List<PlanProblem> toInputs(List<PlanProblem> problems) {
        List<PlanProblem> mapped = new ArrayList<>();
        problems.forEach(p -> mapped.add(toInput(p)));
        return mapped;
    }
}

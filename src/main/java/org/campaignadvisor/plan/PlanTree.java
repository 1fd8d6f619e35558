package org.campaignadvisor.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A plan as a JSON tree in the plan format, with the values that only repeat a default left out
 * (empty text and lists, false, 0), so that written files stay short and read back to the same plan.
 */
public final class PlanTree {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private PlanTree() {
    }

    public static ObjectNode of(Plan plan) {
        ObjectNode tree = MAPPER.valueToTree(plan);
        prune(tree);
        return tree;
    }

    private static boolean prune(JsonNode node) {
        if (node.isObject()) {
            List<String> empty = new ArrayList<>();
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                if (prune(field.getValue())) {
                    empty.add(field.getKey());
                }
            }
            ((ObjectNode) node).remove(empty);
            return node.isEmpty();
        }
        if (node.isArray()) {
            ArrayNode array = (ArrayNode) node;
            for (JsonNode item : array) {
                if (item.isContainerNode()) {
                    prune(item);
                }
            }
            return array.isEmpty();
        }
        return node.isNull()
                || (node.isTextual() && node.asText().isEmpty())
                || (node.isBoolean() && !node.asBoolean())
                || (node.isNumber() && node.doubleValue() == 0.0);
    }
}

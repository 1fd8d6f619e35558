package org.campaignadvisor.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.campaignadvisor.Fixtures;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** docs/labels.yaml labels every code of the plan schema and every theme the rules use, and nothing else. */
@Tag("unit")
public class LabelsTest {

    /** Every field of the schema that has a list of codes, by its path (lists as path[]). */
    public static Map<String, Set<String>> enums() throws Exception {
        JsonNode schema = new ObjectMapper().readTree(Path.of("docs/plan.schema.json").toFile());
        Map<String, Set<String>> enums = new java.util.TreeMap<>();
        collect(schema, "", enums);
        return enums;
    }

    private static void collect(JsonNode node, String path, Map<String, Set<String>> out) {
        if (node.has("enum")) {
            Set<String> codes = new LinkedHashSet<>();
            node.get("enum").forEach(c -> codes.add(c.asText()));
            out.put(path, codes);
        }
        node.path("properties").properties().forEach(p -> collect(p.getValue(), path.isEmpty() ? p.getKey() : path + "." + p.getKey(), out));
        if (node.has("items")) {
            JsonNode items = node.get("items");
            if (items.has("enum")) {
                collect(items, path, out);
            } else {
                collect(items, path + "[]", out);
            }
        }
    }

    @Test
    void every_code_of_the_plan_format_has_a_label_and_every_label_a_code() throws Exception {
        Labels labels = Labels.get();
        List<String> problems = new ArrayList<>();
        enums().forEach((field, codes) -> {
            Map<String, String> labelled = labels.values(field);
            for (String code : codes) {
                if (!labelled.containsKey(code) || labelled.get(code) == null || labelled.get(code).isBlank()) {
                    problems.add(field + ": no label for " + code);
                }
            }
            labelled.keySet().stream().filter(code -> !codes.contains(code)).forEach(code -> problems.add(field + ": label for unknown code " + code));
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void every_theme_the_rules_use_has_a_label() {
        Fixtures.real().ruleBook().catalogue().stream().filter(r -> r.isAdvice()).forEach(rule ->
                assertThat(Labels.get().themes()).as("label of theme %s (%s)", rule.theme(), rule.name()).containsKey(rule.theme()));
    }
}

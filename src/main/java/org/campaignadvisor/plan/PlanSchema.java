package org.campaignadvisor.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.campaignadvisor.text.Closest;

/**
 * The published plan JSON Schema ({@code docs/plan.schema.json}, packaged on the class path) and the
 * translation of its violations into problems a campaigner can read.
 */
public final class PlanSchema {
    /** Class-path name of the schema; the build copies docs/plan.schema.json there. */
    public static final String RESOURCE = "/plan.schema.json";

    private static final PlanSchema INSTANCE = load();

    private final JsonNode document;
    private final JsonSchema schema;

    private PlanSchema(JsonNode document) {
        this.document = document;
        this.schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(document);
    }

    public static PlanSchema get() {
        return INSTANCE;
    }

    /** The schema itself, as JSON. */
    public JsonNode document() {
        return document;
    }

    /** Every violation of the schema, in document order of their paths. */
    public List<PlanProblem> check(JsonNode plan) {
        List<PlanProblem> problems = new ArrayList<>();
        for (ValidationMessage message : schema.validate(plan)) {
            problems.add(describe(message));
        }
        problems.sort(Comparator.comparing(PlanProblem::path).thenComparing(PlanProblem::message));
        return problems;
    }

    private static PlanSchema load() {
        try (InputStream in = PlanSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("plan schema " + RESOURCE + " is missing from the class path");
            }
            return new PlanSchema(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PlanProblem describe(ValidationMessage message) {
        String path = FieldPath.of(message.getInstanceLocation().toString());
        JsonNode value = message.getInstanceNode();
        JsonNode rule = keywordParent(message);
        String keyword = message.getType();
        return switch (keyword) {
            case "additionalProperties" -> new PlanProblem(FieldPath.child(path, message.getProperty()),
                    "unknown field" + suggestion(message.getProperty(), rule.path("properties")));
            case "required" -> new PlanProblem(FieldPath.child(path, message.getProperty()), "is required");
            case "type" -> new PlanProblem(path,
                    "must be " + typeName(rule.path("type").asText()) + ", got " + shown(value));
            case "minimum" -> new PlanProblem(path, "must be ≥ " + rule.path("minimum").asText() + ", got " + shown(value));
            case "maximum" -> new PlanProblem(path, "must be ≤ " + rule.path("maximum").asText() + ", got " + shown(value));
            case "enum" -> new PlanProblem(path, "must be one of " + choices(rule.path("enum")) + "; got " + shown(value));
            case "minLength" -> new PlanProblem(path, rule.path("minLength").asInt() <= 1
                    ? "must not be empty"
                    : "must be at least " + rule.path("minLength").asInt() + " characters long");
            case "maxLength" -> new PlanProblem(path, "must be at most " + rule.path("maxLength").asInt()
                    + " characters long, got " + value.asText().length());
            case "maxItems" -> new PlanProblem(path, "must have at most " + rule.path("maxItems").asInt()
                    + " entries, got " + value.size());
            case "uniqueItems" -> new PlanProblem(path, "must not list the same entry twice");
            case "pattern" -> new PlanProblem(path, "must be " + rule.path("description").asText("in the expected form")
                    .toLowerCase(Locale.ROOT) + ", got " + shown(value));
            default -> new PlanProblem(path, message.getMessage().replaceFirst("^\\$[^:]*: ", ""));
        };
    }

    /** The schema object that holds the violated keyword (e.g. the object with "minimum": 0). */
    private JsonNode keywordParent(ValidationMessage message) {
        String location = message.getSchemaLocation().toString();
        int hash = location.indexOf('#');
        String pointer = hash < 0 ? "" : location.substring(hash + 1);
        int cut = pointer.lastIndexOf('/');
        String parent = cut <= 0 ? "" : pointer.substring(0, cut);
        return document.at(parent);
    }

    private static String typeName(String type) {
        return switch (type) {
            case "integer" -> "a whole number";
            case "number" -> "a number";
            case "string" -> "text";
            case "boolean" -> "true or false";
            case "array" -> "a list";
            case "object" -> "a group of fields";
            default -> type;
        };
    }

    private static String shown(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return "nothing";
        }
        if (value.isTextual()) {
            String text = value.asText();
            return "\"" + (text.length() > 60 ? text.substring(0, 57) + "..." : text) + "\"";
        }
        if (value.isContainerNode()) {
            return value.isArray() ? "a list" : "a group of fields";
        }
        return value.toString();
    }

    private static String choices(JsonNode values) {
        List<String> names = new ArrayList<>();
        values.forEach(v -> names.add(v.asText()));
        return String.join(", ", names);
    }

    private static String suggestion(String unknown, JsonNode properties) {
        List<String> known = new ArrayList<>();
        properties.fieldNames().forEachRemaining(known::add);
        return Closest.to(unknown, known)
                .map(best -> " (did you mean \"" + best + "\"?)")
                .orElse(known.isEmpty() ? "" : " (known fields: " + String.join(", ", known) + ")");
    }
}

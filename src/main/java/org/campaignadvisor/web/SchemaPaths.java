package org.campaignadvisor.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import org.campaignadvisor.plan.PlanSchema;

/** Walks the plan schema along a field path, to learn what kind of value a form input holds. */
final class SchemaPaths {
    private SchemaPaths() {
    }

    static JsonNode property(JsonNode schema, String name) {
        return resolve(resolve(schema).path("properties").path(name));
    }

    static JsonNode items(JsonNode schema) {
        return resolve(resolve(schema).path("items"));
    }

    /** Follows a local {@code $ref} such as {@code #/$defs/date}. */
    static JsonNode resolve(JsonNode schema) {
        if (schema == null) {
            return MissingNode.getInstance();
        }
        JsonNode ref = schema.get("$ref");
        if (ref != null && ref.asText().startsWith("#")) {
            return PlanSchema.get().document().at(ref.asText().substring(1));
        }
        return schema;
    }
}

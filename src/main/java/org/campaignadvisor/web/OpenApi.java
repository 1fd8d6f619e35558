package org.campaignadvisor.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.campaignadvisor.advice.AdviceJson;
import org.campaignadvisor.plan.PlanSchema;

/** Serves the hand-written OpenAPI description of the JSON API ({@code openapi.json} on the class path). */
final class OpenApi {
    private static final String SPEC = load();

    private OpenApi() {
    }

    static void serve(Context ctx) {
        ctx.contentType("application/json; charset=utf-8").result(SPEC);
    }

    /** Points the plan schema's own references (#/$defs/x) at where they now live in this document. */
    private static void relink(com.fasterxml.jackson.databind.JsonNode node) {
        if (node instanceof com.fasterxml.jackson.databind.node.ObjectNode object) {
            var ref = object.get("$ref");
            if (ref != null && ref.isTextual() && ref.asText().startsWith("#/$defs/")) {
                object.put("$ref", "#/components/schemas/Plan_" + ref.asText().substring("#/$defs/".length()));
            }
            object.forEach(OpenApi::relink);
        } else if (node != null && node.isArray()) {
            node.forEach(OpenApi::relink);
        }
    }

    private static String load() {
        try (InputStream in = OpenApi.class.getResourceAsStream("/openapi.json")) {
            if (in == null) {
                throw new IllegalStateException("openapi.json is missing from the class path");
            }
            // The plan format has one source, docs/plan.schema.json: it is placed into the description here.
            var mapper = AdviceJson.mapper();
            var spec = (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            var schemas = spec.withObject("/components").withObject("/schemas");
            var plan = (com.fasterxml.jackson.databind.node.ObjectNode) PlanSchema.get().document().deepCopy();
            plan.remove("$schema");
            plan.remove("$id");
            var defs = plan.remove("$defs");
            if (defs != null) {
                defs.properties().forEach(def -> schemas.set("Plan_" + def.getKey(), def.getValue()));
            }
            relink(plan);
            schemas.set("Plan", plan);
            return mapper.writeValueAsString(spec);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

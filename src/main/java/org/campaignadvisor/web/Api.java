package org.campaignadvisor.web;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.List;
import org.campaignadvisor.advice.AdviceJson;
import org.campaignadvisor.evidence.Lesson;
import org.campaignadvisor.plan.InvalidPlanException;
import org.campaignadvisor.plan.Plan;
import org.campaignadvisor.plan.PlanSchema;
import org.campaignadvisor.rules.RuleEntry;

/** The JSON API handlers: read the request, call the core, write JSON. Nothing else. */
final class Api {
    private final AppServices services;

    Api(AppServices services) {
        this.services = services;
    }

    void evaluate(Context ctx) throws InvalidPlanException {
        Plan plan = PlanInput.read(ctx);
        try {
            json(ctx, services.advisor().evaluate(plan));
        } catch (InvalidPlanException e) {
            throw new BadInputException(400, "The plan is not valid", e.problems());
        }
    }

    void validate(Context ctx) {
        Plan plan = PlanInput.read(ctx);
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("valid", true).put("name", plan.name());
        json(ctx, body);
    }

    void lessons(Context ctx) {
        json(ctx, services.evidence().lessons());
    }

    void lesson(Context ctx) {
        String id = ctx.pathParam("id");
        Lesson lesson = services.evidence().lesson(id)
                .orElseThrow(() -> BadInputException.of(404, "Not found", "there is no lesson " + id));
        json(ctx, lesson);
    }

    void rules(Context ctx) {
        List<RuleEntry> catalogue = services.advisor().ruleBook().catalogue();
        json(ctx, catalogue);
    }

    void ruleStatus(Context ctx) {
        json(ctx, services.ruleStatus().get());
    }

    void reload(Context ctx) {
        json(ctx, services.reload().get());
    }

    void contexts(Context ctx) {
        json(ctx, services.evidence().contexts());
    }

    void schema(Context ctx) {
        ctx.contentType("application/schema+json; charset=utf-8").result(AdviceJson.write(PlanSchema.get().document()));
    }

    void health(Context ctx) {
        var status = services.ruleStatus().get();
        json(ctx, JsonNodeFactory.instance.objectNode().put("status", "ok").put("rules", status.version())
                .put("rulesCompile", status.lastAttemptOk()));
    }

    static void json(Context ctx, Object value) {
        ctx.contentType("application/json; charset=utf-8").result(AdviceJson.write(value));
    }
}

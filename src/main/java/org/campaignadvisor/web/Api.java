package org.campaignadvisor.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import org.campaignadvisor.advice.AdviceJson;
import org.campaignadvisor.compare.Comparison;
import org.campaignadvisor.compare.Improvements;
import org.campaignadvisor.compare.NamedPlan;
import org.campaignadvisor.evidence.Lesson;
import org.campaignadvisor.plan.InvalidPlanException;
import org.campaignadvisor.plan.Plan;
import org.campaignadvisor.plan.PlanFormat;
import org.campaignadvisor.plan.PlanProblem;
import org.campaignadvisor.plan.PlanReader;
import org.campaignadvisor.plan.PlanSchema;
import org.campaignadvisor.rules.RuleEntry;

/** The JSON API handlers: read the request, call the core, write JSON. Nothing else. */
final class Api {

    private final AppServices services;
    private final long maxBytes;

    Api(AppServices services, long maxBytes) {
        this.services = services;
        this.maxBytes = maxBytes;
    }

    void evaluate(Context ctx) throws InvalidPlanException {
        Plan plan = PlanInput.read(ctx, maxBytes);
        try {
            json(ctx, services.advisor().evaluate(plan, RequestLanguage.of(ctx)));
        } catch (InvalidPlanException e) {
            throw new BadInputException(400, "The plan is not valid", e.problems());
        }
    }

    /** "What would help most": every single change the rules suggest, tried and ranked by the weight it clears. */
    void improve(Context ctx) {
        Plan plan = PlanInput.read(ctx, maxBytes);
        try {
            json(ctx, Improvements.rank(services.advisor(), plan));
        } catch (InvalidPlanException e) {
            throw new BadInputException(400, "The plan is not valid", e.problems());
        }
    }

    void validate(Context ctx) {
        Plan plan = PlanInput.read(ctx, maxBytes);
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("valid", true).put("name", plan.name());
        json(ctx, body);
    }

    /** Body: {"plans": [{"name": "...", "plan": {…}}, …]}; invalid plans are reported, the rest compared. */
    void compare(Context ctx) {
        if (PlanInput.format(ctx) != PlanFormat.JSON) {
            throw BadInputException.of(415, "Unsupported content type", "send the comparison as application/json");
        }
        JsonNode body;
        try {
            body = PlanReader.jsonDocument(PlanReader.decode(BodyLimit.read(ctx, maxBytes), "body"), "body");
        } catch (InvalidPlanException e) {
            throw new BadInputException(400, "Unreadable body", e.problems());
        }
        if (body == null || !body.path("plans").isArray() || body.path("plans").isEmpty()) {
            throw new BadInputException(400, "No plans", List.of(new PlanProblem("plans",
                    "must be a non-empty list of {\"name\": …, \"plan\": {…}}")));
        }
        if (body.path("plans").size() > 200) {
            throw new BadInputException(400, "Too many plans", List.of(new PlanProblem("plans",
                    "must have at most 200 entries, got " + body.path("plans").size())));
        }
        List<NamedPlan> plans = new ArrayList<>();
        int i = 0;
        for (JsonNode entry : body.path("plans")) {
            String name = entry.path("name").asText("plan " + (i + 1));
            try {
                plans.add(NamedPlan.of(name,
                        PlanReader.fromTree(entry.path("plan"), name)));
            } catch (InvalidPlanException e) {
                String prefix = "plans[" + i + "].plan";
                plans.add(NamedPlan.unreadable(name, e.problems().stream()
                        .map(p -> new PlanProblem(p.path().isEmpty() ? prefix : prefix + "." + p.path(), p.message()))
                        .toList()));
            }
            i++;
        }
        var comparison = Comparison.of(services.advisor(), plans);
        if (comparison.columns().isEmpty()) {
            throw new BadInputException(400, "No plan could be compared", comparison.failures().stream()
                    .flatMap(f -> f.problems().stream()).toList());
        }
        json(ctx, comparison);
    }

    void lessons(Context ctx) {
        json(ctx, services.evidence().lessons(RequestLanguage.of(ctx)));
    }

    void lesson(Context ctx) {
        String id = ctx.pathParam("id");
        Lesson lesson = services.evidence().lesson(id, RequestLanguage.of(ctx))
                .orElseThrow(() -> BadInputException.of(404, "Not found", "there is no lesson " + id));
        json(ctx, lesson);
    }

    void rules(Context ctx) {
        List<RuleEntry> catalogue = services.advisor().ruleBook().catalogue();
        json(ctx, catalogue);
    }

    void ruleStatus(Context ctx) {
        json(ctx, services.ruleStatus().get().in(RequestLanguage.of(ctx)));
    }

    void reload(Context ctx) {
        json(ctx, services.reload().get().in(RequestLanguage.of(ctx)));
    }

    void contexts(Context ctx) {
        json(ctx, services.evidence().contexts());
    }

    void schema(Context ctx) {
        ctx.contentType("application/schema+json; charset=utf-8").result(AdviceJson.write(PlanSchema.get().document()));
    }

    /** "ok", or "degraded" (503) with the reasons: evaluations stuck in a rule, or a rule watcher that failed. */
    void health(Context ctx) {
        var status = services.ruleStatus().get();
        int stuck = services.advisor().stuckEvaluations();
        List<String> problems = new ArrayList<>();
        if (stuck > 0) {
            problems.add(stuck + (stuck == 1 ? " evaluation" : " evaluations") + " stuck in a rule that never ends");
        }
        if (!status.watcherHealthy()) {
            problems.add("rule watcher: " + status.watcher());
        }
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("status", problems.isEmpty() ? "ok" : "degraded")
                .put("rules", status.version()).put("rulesCompile", status.lastAttemptOk()).put("stuckEvaluations", stuck)
                .put("watcher", status.watcher());
        problems.forEach(body.putArray("problems")::add);
        ctx.status(problems.isEmpty() ? 200 : 503);
        json(ctx, body);
    }

    static void json(Context ctx, Object value) {
        ctx.contentType("application/json; charset=utf-8").result(AdviceJson.bytes(value));
    }
}

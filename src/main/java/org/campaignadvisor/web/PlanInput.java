package org.campaignadvisor.web;

import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import org.campaignadvisor.plan.InvalidPlanException;
import org.campaignadvisor.plan.Plan;
import org.campaignadvisor.plan.PlanFormat;
import org.campaignadvisor.plan.PlanProblem;
import org.campaignadvisor.plan.PlanReader;

/** Reads a plan from a request body: JSON, or YAML with a YAML content type; refuses anything else clearly. */
final class PlanInput {
    private PlanInput() {
    }

    static PlanFormat format(Context ctx) {
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        String base = type.split(";")[0].strip();
        if (base.equals("application/json") || base.endsWith("+json")) {
            return PlanFormat.JSON;
        }
        if (base.equals("application/yaml") || base.equals("application/x-yaml") || base.equals("text/yaml")
                || base.equals("text/x-yaml")) {
            return PlanFormat.YAML;
        }
        throw BadInputException.of(415, "Unsupported content type", "send the plan as application/json or "
                + "application/yaml, got " + (base.isEmpty() ? "no Content-Type" : base));
    }

    static Plan read(Context ctx, long maxBytes) {
        PlanFormat format = format(ctx);
        byte[] body = BodyLimit.read(ctx, maxBytes);
        if (body.length == 0) {
            throw BadInputException.of(400, "Empty body", "the request body is empty: send a plan");
        }
        try {
            return PlanReader.parse(PlanReader.decode(body, "body"), format, "body");
        } catch (InvalidPlanException e) {
            throw new BadInputException(400, "The plan is not valid", e.problems());
        }
    }

    static Plan read(byte[] bytes, String fileName) {
        if (bytes.length == 0) {
            throw new BadInputException(400, "Empty file", List.of(new PlanProblem("",
                    fileName + " is empty")));
        }
        try {
            PlanFormat format = fileName.toLowerCase(Locale.ROOT).endsWith(".json") ? PlanFormat.JSON : PlanFormat.YAML;
            return PlanReader.parse(PlanReader.decode(bytes, fileName), format, fileName);
        } catch (InvalidPlanException e) {
            throw new BadInputException(400, fileName + " is not a valid plan", e.problems());
        }
    }
}

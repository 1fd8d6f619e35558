package org.campaignadvisor.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.campaignadvisor.plan.PlanProblem;

/** RFC 9457 problem details, with every field problem listed by path. */
final class Problems {
    static final String CONTENT_TYPE = "application/problem+json; charset=utf-8";

    private Problems() {
    }

    static ObjectNode of(int status, String title, String detail, List<PlanProblem> problems) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        if (!problems.isEmpty()) {
            ArrayNode errors = body.putArray("errors");
            for (PlanProblem problem : problems) {
                errors.addObject().put("path", problem.path()).put("message", problem.message());
            }
        }
        return body;
    }
}

package org.campaignadvisor.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Valid plans drawn at random from the plan schema: every enum value of the schema can appear, numbers
 * and dates within their bounds, summary fields drawn independently of the details they summarise (so
 * plans that contradict themselves are common). Seeded, so every run draws the same plans.
 */
public final class RandomPlans {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final JsonNode properties;
    private final Random random;
    private final List<String> contexts;

    public RandomPlans(long seed, List<String> contexts) throws IOException {
        this.properties = JSON.readTree(Path.of("docs/plan.schema.json").toFile()).path("properties");
        this.random = new Random(seed);
        this.contexts = contexts;
    }

    public ObjectNode next(int n) {
        ObjectNode plan = JSON.createObjectNode();
        plan.put("name", "random plan " + n);
        plan.put("context", contexts.get(random.nextInt(contexts.size())));
        ObjectNode goal = plan.putObject("goal");
        goal.put("kind", pick("goal", "kind"));
        goal.put("offlineAction", pick("goal", "offlineAction"));
        if (random.nextBoolean()) {
            goal.put("scope", pick("goal", "scope"));
        }
        if (random.nextBoolean()) {
            goal.putObject("target").put("value", (double) random.nextInt(200_000))
                    .put("unit", List.of("signatures", "people", "views", "donors", "KZT", "likes", "").get(random.nextInt(7)));
        }
        goal.put("publicCounter", random.nextBoolean());
        some(goal.putArray("decisionMakers"), enumOf("goal", "decisionMakers"));
        ObjectNode timeline = plan.putObject("timeline");
        LocalDate start = LocalDate.of(2011, 1, 1).plusDays(random.nextInt(200));
        timeline.put("start", start.toString());
        LocalDate key = start.plusDays(random.nextInt(120));
        if (random.nextBoolean()) {
            timeline.put("keyDate", key.toString());
        }
        timeline.put("end", key.plusDays(random.nextInt(60)).toString());
        timeline.put("continueAfterKeyDate", random.nextBoolean());
        ObjectNode audience = plan.putObject("audience");
        audience.put("recruitment", pick("audience", "recruitment"));
        ArrayNode segments = audience.putArray("segments");
        for (int i = random.nextInt(3); i > 0; i--) {
            ObjectNode s = segments.addObject();
            s.put("name", List.of("rural pensioners", "students", "internet users in Almaty", "voters", "parents").get(random.nextInt(5)));
            s.put("size", random.nextInt(1_000_000));
            if (random.nextBoolean()) {
                int low = 14 + random.nextInt(60);
                s.put("ageBand", random.nextInt(4) == 0 ? low + "+" : low + "-" + (low + random.nextInt(20)));
            }
            if (random.nextBoolean()) {
                s.put("internetShare", random.nextInt(101) / 100.0);
            }
            s.put("digitalLiteracy", List.of("low", "medium", "high").get(random.nextInt(3)));
            s.put("fromUserAnalysis", random.nextBoolean());
        }
        ArrayNode channels = plan.putArray("channels");
        JsonNode channel = properties.path("channels").path("items").path("properties");
        for (int i = random.nextInt(5); i > 0; i--) {
            ObjectNode c = channels.addObject();
            c.put("platform", pick(channel.path("platform")));
            c.put("speaker", pick(channel.path("speaker")));
            c.put("answersComments", random.nextBoolean());
            some(c.putArray("content"), channel.path("content").path("items").path("enum"));
            c.put("lifetime", pick(channel.path("lifetime")));
            c.put("followers", random.nextInt(3) == 0 ? random.nextInt(5000) : 0);
            c.put("preexisting", random.nextBoolean());
            c.put("own", random.nextBoolean());
        }
        ArrayNode activities = plan.putArray("activities");
        for (int i = random.nextInt(2); i > 0; i--) {
            activities.addObject().put("name", "activity " + i).put("offline", random.nextBoolean());
        }
        ObjectNode training = plan.putObject("training");
        some(training.putArray("trainees"), enumOf("training", "trainees"));
        some(training.putArray("topics"), enumOf("training", "topics"));
        some(plan.putObject("outreach").putArray("audiences"), enumOf("outreach", "audiences"));
        ObjectNode evaluation = plan.putObject("evaluation");
        if (random.nextBoolean()) {
            evaluation.putArray("metrics").add("signatures");
        }
        evaluation.put("baseline", random.nextBoolean());
        evaluation.put("attribution", pick("evaluation", "attribution"));
        some(evaluation.putArray("dataSources"), enumOf("evaluation", "dataSources"));
        evaluation.put("review", random.nextBoolean());
        ObjectNode team = plan.putObject("team");
        team.put("people", random.nextInt(4));
        team.put("hoursPerWeek", random.nextInt(3) == 0 ? 0 : random.nextInt(30));
        ObjectNode risk = plan.putObject("risk");
        risk.put("legalReview", random.nextBoolean());
        risk.put("backupChannels", random.nextBoolean());
        risk.put("responsePlan", random.nextBoolean());
        risk.put("secureChannels", random.nextBoolean());
        some(risk.putArray("personalData"), enumOf("risk", "personalData"));
        return plan;
    }

    private JsonNode enumOf(String section, String field) {
        JsonNode node = properties.path(section).path("properties").path(field);
        return node.has("items") ? node.path("items").path("enum") : node.path("enum");
    }

    private String pick(String section, String field) {
        return pick(properties.path(section).path("properties").path(field));
    }

    private String pick(JsonNode field) {
        JsonNode values = field.has("enum") ? field.path("enum") : field;
        return values.get(random.nextInt(values.size())).asText();
    }

    private void some(ArrayNode into, JsonNode values) {
        List<String> chosen = new ArrayList<>();
        for (JsonNode value : values) {
            if (random.nextInt(3) == 0) {
                chosen.add(value.asText());
            }
        }
        chosen.forEach(into::add);
    }
}

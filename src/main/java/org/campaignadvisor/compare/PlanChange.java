package org.campaignadvisor.compare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Consumer;

/**
 * A single change to a plan that the rules suggest, applied to the plan's tree: "switch recruitment
 * to targeted", "add an offline action", "consolidate to one social network and a blog", …
 */
public record PlanChange(String id, String description, Consumer<ObjectNode> edit) {

    private static final List<String> SOCIAL = List.of("facebook", "vkontakte", "moimir", "odnoklassniki", "twitter");

    /** The changes tried by "what would help most", each inspired by a lesson of the report. */
    public static final List<PlanChange> CANDIDATES = List.of(
            new PlanChange("recruit-targeted", "Recruit from an analysis of users instead of at random (A8)", plan -> {
                object(plan, "audience").put("recruitment", "targeted");
                each(object(plan, "audience").withArray("segments"), s -> s.put("fromUserAnalysis", true));
            }),
            new PlanChange("add-offline-action", "Add a countable offline action: a public meeting supporters attend (A6)", plan -> {
                object(plan, "goal").put("offlineAction", "attend");
                plan.withArray("activities").addObject().put("name", "public meeting").put("offline", true);
            }),
            new PlanChange("consolidate-networks", "Keep only the largest social network and add a blog that keeps going (N7, N6)", plan -> {
                ArrayNode channels = plan.withArray("channels");
                JsonNode keep = null;
                for (JsonNode channel : channels) {
                    if (SOCIAL.contains(channel.path("platform").asText())
                            && (keep == null || channel.path("followers").asLong() > keep.path("followers").asLong())) {
                        keep = channel;
                    }
                }
                for (int i = channels.size() - 1; i >= 0; i--) {
                    if (SOCIAL.contains(channels.get(i).path("platform").asText()) && channels.get(i) != keep) {
                        channels.remove(i);
                    }
                }
                boolean hasBlog = false;
                for (JsonNode channel : channels) {
                    hasBlog |= channel.path("platform").asText().equals("blog");
                }
                if (!hasBlog) {
                    channels.addObject().put("platform", "blog").put("lifetime", "ongoing").put("answersComments", true)
                            .putArray("content").add("agenda");
                }
            }),
            new PlanChange("answer-comments", "Answer comments on every channel (N4, N14)", plan ->
                    each(plan.withArray("channels"), c -> c.put("answersComments", true))),
            new PlanChange("state-agenda", "Give every online channel an agenda and an emotional message, no reposted print (N4, N10)", plan ->
                    each(plan.withArray("channels"), c -> {
                        ArrayNode content = c.withArray("content");
                        for (int i = content.size() - 1; i >= 0; i--) {
                            if (content.get(i).asText().equals("reposted-print")) {
                                content.remove(i);
                            }
                        }
                        addOnce(content, "agenda");
                        addOnce(content, "emotional");
                    })),
            new PlanChange("keep-channels-running", "Keep the channels running after the key date (N5)", plan -> {
                object(plan, "timeline").put("continueAfterKeyDate", true);
                each(plan.withArray("channels"), c -> c.put("lifetime", "ongoing"));
            }),
            new PlanChange("name-the-speaker", "Speak under a consistent name or pseudonym and keep publishing instead of one anonymous post (N2; a pseudonym where naming people is unsafe)", plan ->
                    each(plan.withArray("channels"), c -> {
                        if (c.path("speaker").asText().equals("anonymous")) {
                            c.put("speaker", "pseudonym");
                        }
                        if (c.path("lifetime").asText().equals("one-off")) {
                            c.put("lifetime", "ongoing");
                        }
                    })),
            new PlanChange("measure", "Record a baseline, compare with what would happen anyway, monitor independently, review afterwards (A9, N8, N16)", plan -> {
                ObjectNode evaluation = object(plan, "evaluation");
                evaluation.put("baseline", true).put("attribution", "before-after").put("review", true);
                if (evaluation.withArray("metrics").isEmpty()) {
                    evaluation.withArray("metrics").add("people who act on the ask");
                }
                addOnce(evaluation.withArray("dataSources"), "independent");
            }),
            new PlanChange("train-team", "Train activists in online basics, trust-building, responsible practice, multimedia, good practice and creativity (A4, A5)", plan -> {
                ObjectNode training = object(plan, "training");
                addOnce(training.withArray("trainees"), "activists");
                for (String topic : List.of("online-basics", "trust-building", "responsible-practice", "multimedia",
                        "best-practice-review", "creativity")) {
                    addOnce(training.withArray("topics"), topic);
                }
            }),
            new PlanChange("inform-abroad", "Keep foreign NGOs and media informed, in English (A7)", plan -> {
                ObjectNode outreach = object(plan, "outreach");
                addOnce(outreach.withArray("audiences"), "foreign-ngos");
                addOnce(outreach.withArray("audiences"), "foreign-media");
                addOnce(outreach.withArray("languages"), "en");
            }),
            new PlanChange("prepare-for-pressure", "Have content checked by a lawyer, prepare mirrors and an answer to official criticism (N13, N15)", plan ->
                    object(plan, "risk").put("legalReview", true).put("backupChannels", true).put("responsePlan", true)),
            new PlanChange("add-offline-channel", "Add meetings to reach people with little internet access (A1, A2)", plan ->
                    plan.withArray("channels").addObject().put("platform", "meetings").putArray("content").add("agenda")),
            new PlanChange("protect-people", "Collect no personal data beyond what the campaign needs and give organisers a secure channel (our safety guidance S3, S4)", plan -> {
                ObjectNode risk = object(plan, "risk");
                risk.putArray("personalData");
                risk.put("secureChannels", true);
            }));

    private static ObjectNode object(ObjectNode parent, String name) {
        return parent.withObject("/" + name);
    }

    private static void each(ArrayNode array, Consumer<ObjectNode> edit) {
        array.forEach(item -> {
            if (item.isObject()) {
                edit.accept((ObjectNode) item);
            }
        });
    }

    private static void addOnce(ArrayNode array, String value) {
        for (JsonNode item : array) {
            if (item.asText().equals(value)) {
                return;
            }
        }
        array.add(value);
    }
}

package org.campaignadvisor.rules;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.campaignadvisor.evidence.ContextProfile;
import org.campaignadvisor.plan.Activity;
import org.campaignadvisor.plan.Audience;
import org.campaignadvisor.plan.Channel;
import org.campaignadvisor.plan.Evaluation;
import org.campaignadvisor.plan.Goal;
import org.campaignadvisor.plan.Outreach;
import org.campaignadvisor.plan.Risk;
import org.campaignadvisor.plan.Segment;
import org.campaignadvisor.plan.Team;
import org.campaignadvisor.plan.Timeline;
import org.campaignadvisor.plan.Training;
import org.campaignadvisor.rules.facts.PlanFigures;
import org.campaignadvisor.rules.facts.Reach;
import org.campaignadvisor.text.Labels;
import org.campaignadvisor.text.Language;

/**
 * Explains a firing from the facts its rule matched, for rules that do not write their own "why":
 * conclusion facts declared in the rule files contribute their {@code why} field, plan facts a short
 * description of their main values.
 */
final class MatchedFacts {
    private MatchedFacts() {
    }
    /** The explanation in a language; {@code contextLabel} names a context profile in that language. */
    static String why(List<?> facts, Language language, Function<ContextProfile, String> contextLabel) {
        Set<String> parts = new LinkedHashSet<>();
        for (Object fact : facts) {
            String part = describe(fact, language, contextLabel);
            if (part != null && !part.isBlank()) {
                parts.add(part);
            }
        }
        return String.join("; ", parts);
    }

    private static String describe(Object fact, Language l, Function<ContextProfile, String> contextLabel) {
        if (fact instanceof Audience a) {
            return Wording.say(l, switch (a.recruitment()) {
                case "targeted" -> "fact.recruitmentTargeted";
                case "random" -> "fact.recruitmentRandom";
                default -> "fact.recruitmentUnknown";
            });
        } else if (fact instanceof Goal g) {
            String kind = Wording.label(l, "goal.kindInText", g.kind());
            String campaign = g.kind().isEmpty() ? Wording.say(l, "fact.aCampaign") : Wording.say(l, "fact.kindCampaign", "article", Wording.article(kind), "kind", kind);
            String action = "none".equals(g.offlineAction()) ? Wording.say(l, "fact.noAction")
                    : Wording.say(l, "fact.asksTo", "action", Wording.label(l, "goal.offlineActionInText", g.offlineAction()));
            String target = g.target().isSet() ? Wording.say(l, "fact.withTarget", "target", Wording.value(l, g.target().value())
                    + (g.target().unit().isEmpty() ? "" : " " + g.target().unit())) : "";
            return campaign + action + target;
        } else if (fact instanceof Channel c) {
            String platform = Wording.label(l, "channels[].platform", c.platform());
            return c.followers() > 0 ? Wording.say(l, "fact.channelFollowers", "platform", platform, "followers", Wording.number(l, c.followers()))
                    : Wording.say(l, "fact.channel", "platform", platform);
        } else if (fact instanceof Segment s) {
            return s.size() > 0 ? Wording.say(l, "fact.segmentSize", "segment", s.name(), "size", Wording.number(l, s.size()))
                    : Wording.say(l, "fact.segment", "segment", s.name());
        } else if (fact instanceof Timeline t) {
            return t.daysToKeyDate() >= 0 ? Wording.say(l, "fact.days", "n", t.daysToKeyDate()) : "";
        } else if (fact instanceof Evaluation e) {
            List<String> parts = new ArrayList<>();
            parts.add(Wording.say(l, e.baseline() ? "fact.baseline" : "fact.noBaseline"));
            parts.add("none".equals(e.attribution()) ? Wording.say(l, "fact.noAttribution")
                    : Wording.say(l, "fact.attribution", "how", Wording.inText(Wording.label(l, "evaluation.attribution", e.attribution()))));
            parts.add(Wording.say(l, e.review() ? "fact.review" : "fact.noReview"));
            if (!e.dataSources().isEmpty()) {
                parts.add(Wording.say(l, "fact.sources", "sources", Wording.labels(l, "evaluation.dataSources", e.dataSources())));
            }
            return String.join(", ", parts);
        } else if (fact instanceof Training t) {
            if (t.trainees().isEmpty()) {
                return Wording.say(l, "fact.noTraining");
            }
            String who = Wording.labels(l, "training.trainees", t.trainees());
            return t.topics().isEmpty() ? Wording.say(l, "fact.trainingNoTopics", "who", who)
                    : Wording.say(l, "fact.training", "who", who, "topics", Wording.labels(l, "training.topics", t.topics()));
        } else if (fact instanceof Outreach o) {
            return o.audiences().isEmpty() ? Wording.say(l, "fact.noOutreach")
                    : Wording.say(l, "fact.outreach", "whom", Wording.labels(l, "outreach.audiences", o.audiences()));
        } else if (fact instanceof Risk r) {
            List<String> parts = new ArrayList<>();
            parts.add(Wording.say(l, r.legalReview() ? "fact.legalReview" : "fact.noLegalReview"));
            parts.add(Wording.say(l, r.backupChannels() ? "fact.backup" : "fact.noBackup"));
            parts.add(Wording.say(l, r.responsePlan() ? "fact.responsePlan" : "fact.noResponsePlan"));
            parts.add(Wording.say(l, r.secureChannels() ? "fact.secure" : "fact.noSecure"));
            return String.join(", ", parts);
        } else if (fact instanceof Team t) {
            return Wording.say(l, "fact.team", "n", t.people(), "hours", Wording.value(l, t.hoursPerWeek()));
        } else if (fact instanceof Activity a) {
            return Wording.say(l, a.offline() ? "fact.activityOffline" : "fact.activity", "name", a.name());
        } else if (fact instanceof PlanFigures f) {
            if (f.platformList().isEmpty()) {
                return Wording.say(l, "fact.noOnlineChannel");
            }
            return f.socialNetworks() == 0 ? Wording.say(l, "fact.onlineChannels", "platforms", f.platformList())
                    : Wording.say(l, "fact.socialNetworks", "n", f.socialNetworks(), "networks", f.socialNetworkList(),
                            "largest", Wording.number(l, f.largestFollowers()));
        } else if (fact instanceof Reach r) {
            return r.why();
        } else if (fact instanceof ContextProfile c) {
            return c.example() ? Wording.say(l, "fact.exampleContext") : Wording.say(l, "fact.context", "context", contextLabel.apply(c));
        }
        return declaredWhy(fact);
    }

    /** A conclusion fact declared in a rule file: its {@code why} field, if it has one. */
    private static String declaredWhy(Object fact) {
        Object value = property(fact, "why");
        return value == null ? null : value.toString();
    }

    private static String yes(boolean value) {
        return value ? "yes" : "no";
    }
    static Map<String, String> values(List<?> facts, Set<String> names, Language language) {
        Map<String, String> values = new HashMap<>();
        for (String name : names) {
            for (Object fact : facts) {
                Object value = property(fact, name);
                if (value != null) {
                    values.put(name, codeLabel(fact, name, value, language).orElseGet(() -> Wording.value(language, value)));
                    break;
                }
            }
        }
        return values;
    }

    /** Labels fields of the plan format by prefix, for the plan parts rules match. */
    private static final Map<Class<?>, String> PARTS = Map.of(Goal.class, "goal.", Channel.class, "channels[].",
            Audience.class, "audience.", Evaluation.class, "evaluation.", Segment.class, "audience.segments[].");

    /**
     * Outside English, a code a rule puts in its message (a goal's kind, a channel's platform) is shown
     * by its label in the language, in the form made for the middle of a sentence where there is one.
     * English keeps the code, which its messages were written around.
     */
    private static Optional<String> codeLabel(Object fact, String name, Object value, Language language) {
        String prefix = PARTS.get(fact.getClass());
        if (language.isEnglish() || prefix == null || !(value instanceof String code)) {
            return Optional.empty();
        }
        Labels labels = Labels.of(language);
        for (String field : List.of(prefix + name + "InText", prefix + name)) {
            if (!labels.values(field).isEmpty()) {
                return Optional.of(Wording.inText(labels.value(field, code)));
            }
        }
        return Optional.empty();
    }

    private static Object property(Object fact, String name) {
        if (fact == null) {
            return null;
        }
        Class<?> type = fact.getClass();
        Method method = ACCESSORS.get(type).computeIfAbsent(name, k -> accessor(type, k));
        if (method == NONE) {
            return null;
        }
        try {
            return method.invoke(fact);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /** Per class: property name → its no-argument accessor ({@code name()} or {@code getName()}), or NONE. */
    private static final ClassValue<ConcurrentHashMap<String, Method>> ACCESSORS = new ClassValue<>() {
        @Override
        protected ConcurrentHashMap<String, Method> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };
    private static final Method NONE = noMethodMarker();

    private static Method noMethodMarker() {
        try {
            return Object.class.getMethod("hashCode");
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Method accessor(Class<?> type, String name) {
        String getter = "get" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
        for (Method method : type.getMethods()) {
            if (method.getParameterCount() == 0 && (method.getName().equals(name) || method.getName().equals(getter))
                    && method.getDeclaringClass() != Object.class) {
                return method;
            }
        }
        return NONE;
    }

    static List<Object> of(org.kie.api.runtime.rule.Match match) {
        return match == null ? List.of() : new ArrayList<>(match.getObjects());
    }
}

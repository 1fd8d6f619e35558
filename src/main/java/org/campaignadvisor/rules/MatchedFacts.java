package org.campaignadvisor.rules;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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

/**
 * Explains a firing from the facts its rule matched, for rules that do not write their own "why":
 * conclusion facts declared in the rule files contribute their {@code why} field, plan facts a short
 * description of their main values.
 */
final class MatchedFacts {
    private MatchedFacts() {
    }

    static String why(List<?> facts) {
        Set<String> parts = new LinkedHashSet<>();
        for (Object fact : facts) {
            String part = describe(fact);
            if (part != null && !part.isBlank()) {
                parts.add(part);
            }
        }
        return String.join("; ", parts);
    }

    private static String describe(Object fact) {
        if (fact instanceof Audience a) {
            return switch (a.recruitment()) {
                case "targeted" -> "recruitment is targeted";
                case "random" -> "followers are recruited at random";
                default -> "the plan says nothing about how followers are recruited";
            };
        } else if (fact instanceof Goal g) {
            String kind = Wording.label("goal.kindInText", g.kind());
            return (g.kind().isEmpty() ? "a campaign" : Wording.article(kind) + " " + kind + " campaign")
                    + ("none".equals(g.offlineAction()) ? " that asks for no action away from the screen"
                       : " that asks supporters to " + Wording.label("goal.offlineActionInText", g.offlineAction()))
                    + (g.target().isSet() ? ", with a target of " + Wording.value(g.target().value())
                       + (g.target().unit().isEmpty() ? "" : " " + g.target().unit()) : "");
        } else if (fact instanceof Channel c) {
            return "the channel on " + Wording.label("channels[].platform", c.platform()) + (c.followers() > 0 ? " (" + Wording.number(c.followers()) + " followers)" : "");
        } else if (fact instanceof Segment s) {
            return "'" + s.name() + "'" + (s.size() > 0 ? " (" + Wording.number(s.size()) + " people)" : "");
        } else if (fact instanceof Timeline t) {
            return t.daysToKeyDate() >= 0 ? t.daysToKeyDate() + " days from the start to the key date" : "";
        } else if (fact instanceof Evaluation e) {
            List<String> parts = new ArrayList<>();
            parts.add(e.baseline() ? "a baseline is recorded" : "no baseline is recorded");
            parts.add("none".equals(e.attribution()) ? "nothing tells the campaign's effect apart"
                    : "the effect is told apart (" + Wording.inText(Wording.label("evaluation.attribution", e.attribution())) + ")");
            parts.add(e.review() ? "a review is planned" : "no review is planned");
            if (!e.dataSources().isEmpty()) {
                parts.add("figures come from " + Wording.labels("evaluation.dataSources", e.dataSources()));
            }
            return String.join(", ", parts);
        } else if (fact instanceof Training t) {
            return t.trainees().isEmpty() ? "no training is planned"
                    : "training for " + Wording.labels("training.trainees", t.trainees())
                      + (t.topics().isEmpty() ? " with no topics named" : " in " + Wording.labels("training.topics", t.topics()));
        } else if (fact instanceof Outreach o) {
            return o.audiences().isEmpty() ? "nobody abroad is kept informed"
                    : "outreach to " + Wording.labels("outreach.audiences", o.audiences());
        } else if (fact instanceof Risk r) {
            List<String> parts = new ArrayList<>();
            parts.add(r.legalReview() ? "content is checked by a lawyer" : "no legal review");
            parts.add(r.backupChannels() ? "backup channels are ready" : "no backup channels");
            parts.add(r.responsePlan() ? "an answer to official criticism is prepared" : "no prepared answer to official criticism");
            parts.add(r.secureChannels() ? "organisers use secure channels" : "no secure channel for organisers");
            return String.join(", ", parts);
        } else if (fact instanceof Team t) {
            return "a team of " + t.people() + (t.people() == 1 ? " person" : " people") + " giving "
                    + Wording.value(t.hoursPerWeek()) + " hours a week";
        } else if (fact instanceof Activity a) {
            return "the activity '" + a.name() + "'" + (a.offline() ? " (away from the screen)" : "");
        } else if (fact instanceof PlanFigures f) {
            if (f.platformList().isEmpty()) {
                return "the plan has no online channel";
            }
            return f.socialNetworks() == 0 ? "the plan's online channels: " + f.platformList()
                    : f.socialNetworks() + (f.socialNetworks() == 1 ? " social network (" : " social networks (") + f.socialNetworkList()
                      + "), the largest following " + Wording.number(f.largestFollowers());
        } else if (fact instanceof Reach r) {
            return r.why();
        } else if (fact instanceof ContextProfile c) {
            return c.example() ? "the context is an invented example" : "the context is " + c.label();
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

    /** Values for the named placeholders, read from the first matched fact that has such a property. */
    static Map<String, String> values(List<?> facts, Set<String> names) {
        Map<String, String> values = new HashMap<>();
        for (String name : names) {
            for (Object fact : facts) {
                Object value = property(fact, name);
                if (value != null) {
                    values.put(name, Wording.value(value));
                    break;
                }
            }
        }
        return values;
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

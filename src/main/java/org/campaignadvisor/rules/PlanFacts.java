package org.campaignadvisor.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.campaignadvisor.evidence.ContextProfile;
import org.campaignadvisor.plan.Channel;
import org.campaignadvisor.plan.Plan;
import org.campaignadvisor.plan.Segment;
import org.campaignadvisor.rules.facts.PlanFigures;
import org.campaignadvisor.rules.facts.Reach;

/** Turns a plan and its context into the facts the rules see: its parts and a few derived figures. */
final class PlanFacts {
    private PlanFacts() {
    }

    static List<Object> of(Plan plan, ContextProfile context) {
        List<Object> facts = new ArrayList<>();
        facts.add(plan);
        facts.add(plan.goal());
        facts.add(plan.timeline());
        facts.add(plan.audience());
        facts.addAll(plan.audience().segments());
        facts.addAll(plan.channels());
        facts.addAll(plan.activities());
        facts.add(plan.training());
        facts.add(plan.outreach());
        facts.add(plan.evaluation());
        facts.add(plan.team());
        facts.add(plan.risk());
        facts.add(context);
        facts.add(reach(plan, context));
        facts.add(figures(plan));
        return facts;
    }

    static Reach reach(Plan plan, ContextProfile context) {
        long total = 0;
        double online = 0;
        for (Segment segment : plan.audience().segments()) {
            total += segment.size();
            double share = segment.internetShare() != null ? segment.internetShare() : context.internetShare();
            online += segment.size() * share;
        }
        String category = "";
        double platformShare = 1.0;
        Map<String, Double> shares = context.platformShares();
        double best = -1;
        for (Channel channel : plan.channels()) {
            Double share = channel.online() ? shares.get(channel.category()) : null;
            if (share != null && share > best) {
                best = share;
                category = channel.category();
            }
        }
        if (best >= 0) {
            platformShare = best;
        }
        long onlineAudience = Math.round(online);
        long reachable = Math.round(online * platformShare);
        String why = Wording.number(total) + " people in the target segments → about " + Wording.number(onlineAudience)
                + " online (" + (total == 0 ? "0 %" : Wording.percent(online / total)) + ")"
                + (category.isEmpty() ? "" : " → about " + Wording.number(reachable) + " on " + plural(category)
                + " (" + Wording.percent(platformShare) + " of internet users in " + context.id() + ")");
        return new Reach(total, onlineAudience, platformShare, category, reachable, why);
    }

    static PlanFigures figures(Plan plan) {
        TreeSet<String> social = new TreeSet<>();
        TreeSet<String> onlinePlatforms = new TreeSet<>();
        int online = 0;
        long followers = 0;
        long largest = 0;
        for (Channel channel : plan.channels()) {
            if (channel.online()) {
                online++;
                onlinePlatforms.add(channel.platform());
            }
            if ("social-network".equals(channel.category())) {
                social.add(channel.platform());
            }
            followers += channel.followers();
            largest = Math.max(largest, channel.followers());
        }
        // Staying away (abstain) is not something supporters do: it does not count as an offline action.
        String action = plan.goal().offlineAction();
        boolean offlineAction = !"none".equals(action) && !"abstain".equals(action)
                || plan.activities().stream().anyMatch(a -> a.offline());
        return new PlanFigures(plan.channels().size(), online, plan.channels().size() - online, social.size(),
                onlinePlatforms.size(), followers, largest, offlineAction, String.join(", ", onlinePlatforms),
                String.join(", ", social));
    }

    private static String plural(String category) {
        return switch (category) {
            case "social-network" -> "social networks";
            case "blog" -> "blogs";
            case "forum" -> "forums";
            case "video" -> "video sites";
            case "messaging" -> "messengers";
            default -> category.toLowerCase(Locale.ROOT) + " sites";
        };
    }
}

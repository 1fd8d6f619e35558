package org.campaignadvisor.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.campaignadvisor.evidence.ContextProfile;
import org.campaignadvisor.plan.Channel;
import org.campaignadvisor.plan.Plan;
import org.campaignadvisor.plan.Segment;
import org.campaignadvisor.rules.facts.CampaignWindow;
import org.campaignadvisor.rules.facts.ContentOf;
import org.campaignadvisor.rules.facts.PlanFigures;
import org.campaignadvisor.rules.facts.Reach;
import org.campaignadvisor.rules.facts.SegmentAccess;
import org.campaignadvisor.rules.facts.TargetReach;

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
        Reach reach = reach(plan, context);
        facts.add(reach);
        facts.add(figures(plan, context));
        facts.addAll(contents(plan));
        facts.addAll(access(plan, context));
        target(plan, reach).ifPresent(facts::add);
        window(plan).ifPresent(facts::add);
        return facts;
    }

    /** One fact per segment: its share online and its ages, for rules to compare with their own numbers. */
    static List<SegmentAccess> access(Plan plan, ContextProfile context) {
        List<SegmentAccess> access = new ArrayList<>();
        for (Segment segment : plan.audience().segments()) {
            double share = segment.shareOnline(context.internetShare());
            String source = segment.internetShare() != null ? "the plan's own figure"
                    : segment.definedAsOnline() ? "a segment of internet users" : "the country's figure";
            access.add(new SegmentAccess(segment.name(), share, Wording.percent(share), segment.minAge(), segment.maxAge(),
                    "'" + segment.name() + "'" + (segment.ageBand() == null || segment.ageBand().isBlank() ? "" : " (aged " + segment.ageBand() + ")")
                    + ": about " + Wording.percent(share) + " online (" + source + ")"));
        }
        return access;
    }

    /** The target set against the reachable audience, when the target counts people. */
    static Optional<TargetReach> target(Plan plan, Reach reach) {
        var target = plan.goal().target();
        if (!target.countsPeople()) {
            return Optional.empty();
        }
        String words = Wording.number((long) target.value()) + (target.unit().isEmpty() ? "" : " " + target.unit());
        if (reach.totalAudience() == 0) {
            return Optional.of(new TargetReach(words, Double.MAX_VALUE, "an unknown share", "0",
                    "the target is " + words + ", but no audience segment has a size to compare it with"));
        }
        if (reach.reachable() <= 0) {
            return Optional.empty();
        }
        double share = target.value() / reach.reachable();
        return Optional.of(new TargetReach(words, share, Wording.percent(share), Wording.number(reach.reachable()),
                "the target is " + words + "; " + reach.why()));
    }

    /** Days to the key date, or the campaign's length without one. */
    static Optional<CampaignWindow> window(Plan plan) {
        var timeline = plan.timeline();
        if (timeline.daysToKeyDate() >= 0) {
            return Optional.of(new CampaignWindow(timeline.daysToKeyDate(), true, timeline.daysToKeyDate()
                    + " days from the start (" + timeline.start() + ") to the key date (" + timeline.keyDate() + ")"));
        }
        if (timeline.keyDate() == null && timeline.durationDays() >= 0) {
            return Optional.of(new CampaignWindow(timeline.durationDays(), false, "a campaign of "
                    + timeline.durationDays() + " days (" + timeline.start() + " to " + timeline.end() + ")"));
        }
        return Optional.empty();
    }

    static Reach reach(Plan plan, ContextProfile context) {
        PlanFigures figures = figures(plan, context);
        long total = 0;
        double online = 0;
        boolean definedOnline = false;
        for (Segment segment : plan.audience().segments()) {
            total += segment.size();
            online += segment.size() * segment.shareOnline(context.internetShare());
            definedOnline |= segment.definedAsOnline();
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
        long onlineReachable = figures.onlineChannels() > 0 ? Math.round(online * platformShare) : 0;
        long offlineReachable = figures.reachesOffline() ? Math.max(0, total - onlineAudience) : 0;
        long reachable = onlineReachable + offlineReachable;
        StringBuilder why = new StringBuilder();
        why.append(Wording.number(total)).append(total == 1 ? " person" : " people").append(" in the audience segments");
        if (total > 0) {
            why.append(", about ").append(Wording.number(onlineAudience)).append(" of them online (")
                    .append(Wording.percent(online / total)).append(definedOnline ? ", counting segments defined as internet users as all online" : "")
                    .append(")");
        }
        if (figures.onlineChannels() > 0 && !category.isEmpty()) {
            why.append("; about ").append(Wording.number(onlineReachable)).append(" of those use ").append(plural(category))
                    .append(" (").append(Wording.percent(platformShare)).append(" of internet users in this context)");
        }
        if (offlineReachable > 0) {
            why.append("; up to ").append(Wording.number(offlineReachable)).append(" more through ").append(figures.offlineReachList());
        }
        if (context.internetFiguresDisputed() && onlineReachable > 0) {
            why.append("; an upper bound, since the official internet figures behind it may count the same users several times");
        }
        return new Reach(total, onlineAudience, platformShare, category, onlineReachable, offlineReachable, reachable,
                context.internetFiguresDisputed(), why.toString());
    }

    /** One fact per kind of content, naming the channels that carry it. */
    static List<ContentOf> contents(Plan plan) {
        Map<String, TreeSet<String>> byKind = new TreeMap<>();
        for (Channel channel : plan.channels()) {
            for (String kind : channel.content()) {
                byKind.computeIfAbsent(kind, k -> new TreeSet<>()).add(channel.platform());
            }
        }
        List<ContentOf> contents = new ArrayList<>();
        byKind.forEach((kind, platforms) -> contents.add(new ContentOf(kind, Wording.platforms(platforms),
                Wording.inText(Wording.label("channels[].content", kind)) + ": planned for " + Wording.platforms(platforms))));
        return contents;
    }

    static PlanFigures figures(Plan plan, ContextProfile context) {
        TreeSet<String> social = new TreeSet<>();
        TreeSet<String> onlinePlatforms = new TreeSet<>();
        TreeSet<String> offlineReach = new TreeSet<>();
        TreeSet<String> stateMedia = new TreeSet<>();
        int online = 0;
        long followers = 0;
        long largest = 0;
        for (Channel channel : plan.channels()) {
            if (channel.online()) {
                online++;
                onlinePlatforms.add(channel.platform());
            } else if (channel.massMedia() && context.stateControlledMedia() && !channel.own()
                    && !("electoral".equals(plan.goal().kind()) && context.candidatesGuaranteedMedia())) {
                stateMedia.add(channel.platform());
            } else {
                offlineReach.add(channel.platform());
            }
            if ("social-network".equals(channel.category())) {
                social.add(channel.platform());
            }
            followers += channel.followers();
            largest = Math.max(largest, channel.followers());
        }
        // Staying away (abstain) is not something supporters do: it does not count as an offline action.
        String action = plan.goal().offlineAction();
        TreeSet<String> offlineActivities = new TreeSet<>();
        plan.activities().stream().filter(a -> a.offline()).forEach(a -> offlineActivities.add(a.name()));
        boolean offlineAction = !"none".equals(action) && !"abstain".equals(action) || !offlineActivities.isEmpty();
        return new PlanFigures(plan.channels().size(), online, plan.channels().size() - online, social.size(),
                onlinePlatforms.size(), followers, largest, offlineAction, String.join(", ", offlineActivities),
                Wording.platforms(onlinePlatforms), Wording.platforms(social), Wording.platforms(offlineReach),
                Wording.platforms(stateMedia));
    }

    private static String plural(String category) {
        return switch (category) {
            case "social-network" -> "social networks";
            case "blog" -> "blogs";
            case "forum" -> "forums";
            case "video" -> "video sites";
            case "messaging" -> "messengers";
            case "web" -> "websites";
            default -> category.toLowerCase(Locale.ROOT) + " sites";
        };
    }
}

package org.campaignadvisor.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.campaignadvisor.text.Language;
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

    static List<Object> of(Plan plan, ContextProfile context, Language language) {
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
        PlanFigures figures = figures(plan, context, language);
        Reach reach = reach(plan, context, figures, language);
        facts.add(reach);
        facts.add(figures);
        facts.addAll(contents(plan, language));
        facts.addAll(access(plan, context, language));
        target(plan, reach, language).ifPresent(facts::add);
        window(plan, language).ifPresent(facts::add);
        return facts;
    }

    /** One fact per segment: its share online and its ages, for rules to compare with their own numbers. */
    static List<SegmentAccess> access(Plan plan, ContextProfile context, Language language) {
        List<SegmentAccess> access = new ArrayList<>();
        for (Segment segment : plan.audience().segments()) {
            double share = segment.shareOnline(context.internetShare());
            String source = Wording.say(language, segment.internetShare() != null ? "source.plan"
                    : segment.definedAsOnline() ? "source.internetUsers" : "source.country");
            boolean aged = segment.ageBand() != null && !segment.ageBand().isBlank();
            access.add(new SegmentAccess(segment.name(), share, Wording.percent(language, share), segment.minAge(), segment.maxAge(),
                    Wording.say(language, aged ? "segmentAccessAged" : "segmentAccess", "segment", segment.name(),
                            "ages", aged ? segment.ageBand() : "", "share", Wording.percent(language, share), "source", source)));
        }
        return access;
    }

    /** The target set against the reachable audience, when the target counts people. */
    static Optional<TargetReach> target(Plan plan, Reach reach, Language language) {
        var target = plan.goal().target();
        if (!target.countsPeople()) {
            return Optional.empty();
        }
        String words = Wording.number(language, (long) target.value()) + (target.unit().isEmpty() ? "" : " " + target.unit());
        if (reach.totalAudience() == 0) {
            return Optional.of(new TargetReach(words, Double.MAX_VALUE, Wording.say(language, "unknownShare"), "0",
                    Wording.say(language, "targetWithoutSizes", "target", words)));
        }
        if (reach.reachable() <= 0) {
            return Optional.empty();
        }
        double share = target.value() / reach.reachable();
        return Optional.of(new TargetReach(words, share, Wording.percent(language, share), Wording.number(language, reach.reachable()),
                Wording.say(language, "targetAgainstReach", "target", words, "reach", reach.why())));
    }

    /** Days to the key date, or the campaign's length without one. */
    static Optional<CampaignWindow> window(Plan plan, Language language) {
        var timeline = plan.timeline();
        if (timeline.daysToKeyDate() >= 0) {
            return Optional.of(new CampaignWindow(timeline.daysToKeyDate(), true, Wording.say(language, "daysToKeyDate",
                    "n", timeline.daysToKeyDate(), "start", Wording.date(language, timeline.start()), "keyDate", Wording.date(language, timeline.keyDate()))));
        }
        if (timeline.keyDate() == null && timeline.durationDays() >= 0) {
            return Optional.of(new CampaignWindow(timeline.durationDays(), false, Wording.say(language, "campaignDays",
                    "n", timeline.durationDays(), "start", Wording.date(language, timeline.start()), "end", Wording.date(language, timeline.end()))));
        }
        return Optional.empty();
    }

    static Reach reach(Plan plan, ContextProfile context, PlanFigures figures, Language language) {
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
        why.append(Wording.say(language, "reach.total", "n", total, "people", Wording.number(language, total)));
        if (total > 0) {
            why.append(Wording.say(language, definedOnline ? "reach.onlineDefined" : "reach.online",
                    "online", Wording.number(language, onlineAudience), "share", Wording.percent(language, online / total)));
        }
        if (figures.onlineChannels() > 0 && !category.isEmpty()) {
            why.append(Wording.say(language, "reach.platform", "people", Wording.number(language, onlineReachable),
                    "category", Wording.say(language, "category." + category.toLowerCase(Locale.ROOT)),
                    "share", Wording.percent(language, platformShare)));
        }
        if (offlineReachable > 0) {
            why.append(Wording.say(language, "reach.offline", "people", Wording.number(language, offlineReachable),
                    "channels", figures.offlineReachList()));
        }
        if (context.internetFiguresDisputed() && onlineReachable > 0) {
            why.append(Wording.say(language, "reach.upperBound"));
        }
        return new Reach(total, onlineAudience, platformShare, category, onlineReachable, offlineReachable, reachable,
                context.internetFiguresDisputed(), why.toString());
    }

    /** One fact per kind of content, naming the channels that carry it. */
    static List<ContentOf> contents(Plan plan, Language language) {
        Map<String, TreeSet<String>> byKind = new TreeMap<>();
        for (Channel channel : plan.channels()) {
            for (String kind : channel.content()) {
                byKind.computeIfAbsent(kind, k -> new TreeSet<>()).add(channel.platform());
            }
        }
        List<ContentOf> contents = new ArrayList<>();
        byKind.forEach((kind, platforms) -> contents.add(new ContentOf(kind, Wording.platforms(language, platforms),
                Wording.say(language, "contentPlanned", "content", Wording.inText(Wording.label(language, "channels[].content", kind)),
                        "platforms", Wording.platforms(language, platforms)))));
        return contents;
    }

    static PlanFigures figures(Plan plan, ContextProfile context, Language language) {
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
                Wording.platforms(language, onlinePlatforms), Wording.platforms(language, social), Wording.platforms(language, offlineReach),
                Wording.platforms(language, stateMedia));
    }
}

package org.campaignadvisor.plan;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** One place where the campaign speaks: a page, a group, a site, leaflets, meetings. */
public record Channel(
        String platform,
        String hosting,
        String speaker,
        double postsPerWeek,
        boolean answersComments,
        List<String> content,
        String lifetime,
        long followers,
        boolean preexisting,
        boolean own) {

    private static final Map<String, String> CATEGORY = Map.ofEntries(
            Map.entry("facebook", "social-network"),
            Map.entry("vkontakte", "social-network"),
            Map.entry("moimir", "social-network"),
            Map.entry("odnoklassniki", "social-network"),
            Map.entry("twitter", "social-network"),
            Map.entry("youtube", "video"),
            Map.entry("blog", "blog"),
            Map.entry("forum", "forum"),
            Map.entry("website", "web"),
            Map.entry("petition-site", "web"),
            Map.entry("skype", "messaging"),
            Map.entry("messenger", "messaging"),
            Map.entry("email", "messaging"),
            Map.entry("sms", "mobile"),
            Map.entry("leaflets", "offline"),
            Map.entry("press", "offline"),
            Map.entry("tv", "offline"),
            Map.entry("radio", "offline"),
            Map.entry("meetings", "offline"));

    public Channel {
        platform = Defaults.text(platform, "");
        hosting = Defaults.text(hosting, "");
        speaker = Defaults.text(speaker, "organisation");
        content = Defaults.list(content);
        lifetime = Defaults.text(lifetime, "until-key-date");
    }

    /** Channels through which people can answer, comment or discuss. */
    private static final Set<String> INTERACTIVE = Set.of("social-network", "video", "blog", "forum", "web");

    /** Broadcast and print media: they reach people without internet only where the state does not control them. */
    private static final Set<String> MASS_MEDIA = Set.of("press", "tv", "radio");

    /** The kind of platform: social-network, video, blog, forum, web, messaging, mobile (SMS) or offline. */
    public String category() {
        return CATEGORY.getOrDefault(platform, "web");
    }

    /** True for channels that need the internet: everything except SMS, leaflets, press, tv, radio and meetings. */
    public boolean online() {
        return !"offline".equals(category()) && !"mobile".equals(category());
    }

    /** True for online channels where readers can comment (social networks, video, blogs, forums, websites). */
    public boolean interactive() {
        return online() && INTERACTIVE.contains(category());
    }

    /** True for press, tv and radio. */
    public boolean massMedia() {
        return MASS_MEDIA.contains(platform);
    }
}

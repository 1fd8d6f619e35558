package org.campaignadvisor.plan;

import java.util.List;
import java.util.Map;

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
        boolean preexisting) {

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
            Map.entry("sms", "messaging"),
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

    /** The kind of platform: social-network, video, blog, forum, web, messaging or offline. */
    public String category() {
        return CATEGORY.getOrDefault(platform, "web");
    }

    /** True for every channel except leaflets, press, tv, radio and meetings. */
    public boolean online() {
        return !"offline".equals(category());
    }
}

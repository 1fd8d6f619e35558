package org.campaignadvisor.plan;

import java.util.regex.Pattern;
/** One group of people the campaign wants to reach. */
public record Segment(
        String name,
        long size,
        String ageBand,
        Double internetShare,
        String digitalLiteracy,
        boolean fromUserAnalysis) {

    /** Segment names that say the group is made of people who are online. */
    private static final Pattern ONLINE_NAME = Pattern.compile(
            "(?i).*\\b(internet|online|social[- ]media|social[- ]network|facebook|vkontakte|twitter|youtube|instagram|telegram|blog)\\w*\\s+(users?|audiences?|readers?|followers?|subscribers?)\\b.*"
            + "|(?i).*\\b(users?|readers?|members?|followers?|subscribers?)\\s+of\\s+.*\\b(blogs?|forums?|websites?|sites?|social networks?|internet)\\b.*"
            + "|(?i).*\\b(netizens|bloggers)\\b.*");

    public Segment {
        name = Defaults.text(name, "");
    }

    /**
     * True when the segment is defined as people who are already online ("internet users in Almaty",
     * "Facebook users"): the country's internet share must not be applied to it a second time.
     */
    public boolean definedAsOnline() {
        return internetShare == null && ONLINE_NAME.matcher(name).matches();
    }

    /** The share of the segment with internet access: its own figure, 1 when it is defined as online, else the country's. */
    public double shareOnline(double countryShare) {
        if (internetShare != null) {
            return internetShare;
        }
        return definedAsOnline() ? 1.0 : countryShare;
    }

    /** Lower bound of the age band ("60+" gives 60, "18-29" gives 18), or -1 when unknown. */
    public int minAge() {
        if (ageBand == null || ageBand.isBlank()) {
            return -1;
        }
        int end = 0;
        while (end < ageBand.length() && Character.isDigit(ageBand.charAt(end))) {
            end++;
        }
        return Integer.parseInt(ageBand.substring(0, end));
    }

    /** Upper bound of the age band ("18-29" gives 29, "60+" gives 150), or -1 when unknown. */
    public int maxAge() {
        if (ageBand == null || ageBand.isBlank()) {
            return -1;
        }
        if (ageBand.endsWith("+")) {
            return 150;
        }
        return Integer.parseInt(ageBand.substring(ageBand.lastIndexOf('-') + 1));
    }
}

package org.campaignadvisor.plan;

import java.util.regex.Pattern;

/** A numeric target with its unit; a value of 0 means the plan sets no target. */
public record Target(double value, String unit) {
    /** Units that count exposure (what people saw or clicked), not people who act. */
    private static final Pattern EXPOSURE = Pattern.compile(
            "(?i).*\\b(views?|impressions?|clicks?|likes?|shares?|reach|hits?|visits?|plays?|reposts?|retweets?|page ?views?)\\b.*");
    /** Units that count money. */
    private static final Pattern MONEY = Pattern.compile(
            "(?i).*\\b(usd|eur|kzt|rub|tenge|roubles?|rubles?|dollars?|euros?|money|funds?|budget)\\b.*|.*[$€₸₽].*");

    public Target {
        unit = Defaults.text(unit, "");
    }

    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isSet() {
        return value > 0;
    }

    /** True when the target counts views, impressions, clicks or likes rather than people. */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean countsExposure() {
        return EXPOSURE.matcher(unit).matches();
    }

    /** True when the target is an amount of money. */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean countsMoney() {
        return MONEY.matcher(unit).matches();
    }

    /** True when the target can be compared with a number of people: not exposure, not money. */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean countsPeople() {
        return isSet() && !countsExposure() && !countsMoney();
    }
}

package org.campaignadvisor.plan;

/** The people, time and money behind the campaign. */
public record Team(int people, double hoursPerWeek, double budget, String currency) {
    public Team {
        currency = Defaults.text(currency, "");
    }
}

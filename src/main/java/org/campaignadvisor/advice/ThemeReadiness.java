package org.campaignadvisor.advice;

/**
 * How ready one theme of a plan is (recruitment, channels, evaluation, …): "not ready" while any
 * warning stands, "almost ready" with recommendations only, "ready" otherwise.
 */
public record ThemeReadiness(String theme, int warnings, int recommendations, int strengths, String status) {

    public static ThemeReadiness of(String theme, int warnings, int recommendations, int strengths) {
        String status = warnings > 0 ? "not ready" : recommendations > 0 ? "almost ready" : "ready";
        return new ThemeReadiness(theme, warnings, recommendations, strengths, status);
    }
}

package org.campaignadvisor.advice;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Optional;

/** How a finding should be read. Findings are listed in this order: warnings first. */
public enum Severity {
    WARNING, RECOMMENDATION, STRENGTH;

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Plural heading for lists ("warnings"). */
    public String plural() {
        return label() + "s";
    }

    public static Optional<Severity> parse(String text) {
        for (Severity severity : values()) {
            if (severity.label().equals(text)) {
                return Optional.of(severity);
            }
        }
        return Optional.empty();
    }
}

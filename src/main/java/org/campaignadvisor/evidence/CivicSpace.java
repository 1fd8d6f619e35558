package org.campaignadvisor.evidence;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * How free people are to organise, speak and protest where a plan runs, on the five levels of the
 * CIVICUS Monitor. From {@link #OBSTRUCTED} on, rules weigh any step that exposes people.
 */
public enum CivicSpace {
    OPEN, NARROWED, OBSTRUCTED, REPRESSED, CLOSED;

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static CivicSpace of(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }

    /** True where exposing people (names, faces, lists, contacts abroad) must be weighed: obstructed or worse. */
    public boolean restricted() {
        return compareTo(OBSTRUCTED) >= 0;
    }
}

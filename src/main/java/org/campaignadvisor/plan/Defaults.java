package org.campaignadvisor.plan;

import java.util.List;

/** Small helpers that turn absent plan fields into their documented defaults. */
final class Defaults {
    private Defaults() {
    }

    static String text(String value, String fallback) {
        return value == null ? fallback : value;
    }

    static <T> List<T> list(List<T> value) {
        return value == null ? List.of() : List.copyOf(value);
    }

    static <T> T object(T value, T fallback) {
        return value == null ? fallback : value;
    }
}

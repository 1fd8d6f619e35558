package org.campaignadvisor.plan;

/** Field paths as campaigners read them: {@code audience.segments[1].size}. */
final class FieldPath {
    private FieldPath() {
    }

    /** Turns a JSON-path-like location ("$.audience.segments[1].size") into a field path. */
    static String of(String location) {
        if (location.startsWith("$.")) {
            return location.substring(2);
        }
        return location.startsWith("$") ? location.substring(1) : location;
    }

    static String child(String parent, String field) {
        if (field == null || field.isEmpty()) {
            return parent;
        }
        return parent.isEmpty() ? field : parent + "." + field;
    }
}

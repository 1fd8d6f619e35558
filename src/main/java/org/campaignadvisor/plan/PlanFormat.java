package org.campaignadvisor.plan;

import java.nio.file.Path;
import java.util.Locale;

/** The two notations a plan may be written in. */
public enum PlanFormat {
    YAML, JSON;

    /** Chooses by file name: {@code .json} is JSON, anything else is read as YAML (a superset of JSON). */
    public static PlanFormat of(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".json") ? JSON : YAML;
    }
}

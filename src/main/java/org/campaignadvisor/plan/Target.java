package org.campaignadvisor.plan;

/** A numeric target with its unit; a value of 0 means the plan sets no target. */
public record Target(double value, String unit) {
    public Target {
        unit = Defaults.text(unit, "");
    }

    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isSet() {
        return value > 0;
    }
}

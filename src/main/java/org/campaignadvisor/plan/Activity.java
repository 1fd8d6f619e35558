package org.campaignadvisor.plan;

import java.time.LocalDate;

/** Something the campaign does, online or away from the screen. */
public record Activity(String name, boolean offline, LocalDate date) {
    public Activity {
        name = Defaults.text(name, "");
    }
}

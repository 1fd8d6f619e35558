package org.campaignadvisor.cli;

import java.nio.file.Path;

/**
 * Default places of the rules, seeds and scenarios directories: an environment variable if set
 * ({@code CAMPAIGN_ADVISOR_RULES}, {@code CAMPAIGN_ADVISOR_SEEDS}, {@code CAMPAIGN_ADVISOR_SCENARIOS}),
 * else the folder of that name in {@code CAMPAIGN_ADVISOR_HOME} (set by the launcher script), else
 * in the working directory.
 */
final class Locations {
    private Locations() {
    }

    static Path rules() {
        return resolve("CAMPAIGN_ADVISOR_RULES", "rules");
    }

    static Path seeds() {
        return resolve("CAMPAIGN_ADVISOR_SEEDS", "seeds");
    }

    static Path scenarios() {
        return resolve("CAMPAIGN_ADVISOR_SCENARIOS", "scenarios");
    }

    private static Path resolve(String variable, String folder) {
        String explicit = System.getenv(variable);
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        String home = System.getenv("CAMPAIGN_ADVISOR_HOME");
        return home == null || home.isBlank() ? Path.of(folder) : Path.of(home, folder);
    }
}

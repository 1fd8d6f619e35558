package org.campaignadvisor.cli;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.campaignadvisor.rules.ProgramFingerprint;
import org.campaignadvisor.rules.RuleBook;
import org.campaignadvisor.rules.RuleCache;

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

    /**
     * The compiled-rules cache: {@code CAMPAIGN_ADVISOR_CACHE} (or the system property
     * {@code campaign.advisor.cache}) names its directory, or {@code off}; by default
     * {@code $XDG_CACHE_HOME/campaign-advisor} or {@code ~/.cache/campaign-advisor}. The compiled
     * default rules that the build puts beside the program's jar ({@code compiled-rules/}) are read too.
     */
    static RuleCache cache() {
        String setting = System.getProperty("campaign.advisor.cache", System.getenv("CAMPAIGN_ADVISOR_CACHE"));
        String program = ProgramFingerprint.current();
        if ("off".equalsIgnoreCase(setting) || "unknown".equals(program)) {
            return RuleCache.OFF;
        }
        Path writable;
        if (setting != null && !setting.isBlank()) {
            writable = Path.of(setting);
        } else {
            String xdg = System.getenv("XDG_CACHE_HOME");
            Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
            writable = base.resolve("campaign-advisor");
        }
        List<Path> shipped = new ArrayList<>();
        try {
            Path code = ProgramFingerprint.location(RuleBook.class);
            Path beside = code.getParent() == null ? null : code.getParent().resolve("compiled-rules");
            if (Files.isRegularFile(code) && beside != null && !beside.equals(writable)) {
                shipped.add(beside);
            }
        } catch (URISyntaxException | RuntimeException e) {
            // no shipped rules to read
        }
        return new RuleCache(writable, shipped, program);
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

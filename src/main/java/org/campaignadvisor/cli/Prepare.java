package org.campaignadvisor.cli;

import java.io.File;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.attribute.FileTime;
import java.nio.file.Path;
import java.util.List;
import org.campaignadvisor.rules.RuleCache;

/**
 * Compiles rules ahead of time for the next start, in a separate background process, so that the
 * command the person ran answers as soon as its own compile is done and exits without waiting.
 */
final class Prepare {
    private Prepare() {
    }

    /** Starts {@code campaign-advisor prepare} for these rules in the background; failures are only logged. */
    static void inBackground(Path rules, Path seeds, RuleCache cache) {
        Path dir = cache.directory().orElse(null);
        String javaCommand = ProcessHandle.current().info().command().orElse(null);
        if (dir == null || javaCommand == null) {
            return;
        }
        try {
            Files.createDirectories(dir);
            // One background compile per rule set at a time: commands run in a row while it works must
            // not start more of them (a marker older than ten minutes is taken as left by a crash).
            Path marker = dir.resolve(cache.key(rules, seeds) + ".preparing");
            try {
                Files.createFile(marker);
            } catch (FileAlreadyExistsException e) {
                if (Files.getLastModifiedTime(marker).toMillis() > System.currentTimeMillis() - 600_000) {
                    return;
                }
                Files.setLastModifiedTime(marker, FileTime.fromMillis(System.currentTimeMillis()));
            }
            ProcessBuilder builder = new ProcessBuilder(List.of(javaCommand, "-Xmx512m", "-XX:+UseSerialGC",
                    "-Dcampaign.advisor.cache=" + dir.toAbsolutePath(),
                    "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                    "prepare", "--quiet", "--rules", rules.toAbsolutePath().toString(), "--seeds", seeds.toAbsolutePath().toString()));
            File log = dir.resolve("prepare.log").toFile();
            builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log)).redirectErrorStream(true);
            builder.start().getOutputStream().close();
        } catch (IOException | RuntimeException e) {
            // the cache is an optimisation: without it the next start compiles, as this one did
        }
    }
}

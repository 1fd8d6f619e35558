package org.campaignadvisor.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.campaignadvisor.rules.RuleBook;
import org.campaignadvisor.rules.RuleCache;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code campaign-advisor prepare}: compiles the rules ahead of time so that later starts load them. */
@Command(name = "prepare",
        mixinStandardHelpOptions = true,
        usageHelpAutoWidth = true,
        header = "Compiles the rules ahead of time, so that the next commands start fast.",
        description = {"Compiles and checks the rules, then stores them in the compiled-rules cache "
                + "(CAMPAIGN_ADVISOR_CACHE, by default ~/.cache/campaign-advisor). Commands whose rules and seeds "
                + "have not changed since then load the stored form instead of compiling. "
                + "You rarely need this: the other commands start it in the background after they compile. "
                + "%n%nExit codes: 0 stored (or already there); 2 the rules are broken or the cache is off."})
final class PrepareCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    RuleOptions options;

    @Option(names = "--quiet", description = "Print nothing when all goes well.")
    boolean quiet;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RuleCache cache = Locations.cache();
        if (!cache.enabled()) {
            err.println("The compiled-rules cache is off (CAMPAIGN_ADVISOR_CACHE=off); nothing was stored.");
            return Main.BAD_INPUT;
        }
        RuleBook book = options.compileOnly(err);
        if (book == null) {
            return Main.BAD_INPUT;
        }
        try {
            book.saveTo(cache, options.seeds);
        } catch (IOException | RuntimeException e) {
            err.println("The rules compiled, but could not be stored: " + e.getMessage());
            return Main.BAD_INPUT;
        } finally {
            try {
                java.nio.file.Files.deleteIfExists(cache.directory().orElseThrow().resolve(cache.key(options.rules, options.seeds) + ".preparing"));
            } catch (IOException | RuntimeException ignored) {
                // the marker expires on its own
            }
        }
        if (!quiet) {
            out.println((book.loadedFromCache() ? "Already stored: " : "Stored: ") + book.catalogue().size() + " rules from "
                    + options.rules + " (version " + book.version() + ") in " + cache.directory().orElseThrow());
        }
        out.flush();
        return Main.OK;
    }
}

package org.campaignadvisor.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.concurrent.Callable;
import org.campaignadvisor.rules.RuleBook;
import org.campaignadvisor.rules.RuleCache;
import org.campaignadvisor.text.Labels;
import org.campaignadvisor.text.Language;
import org.campaignadvisor.text.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

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
        Language language = options.language();
        Messages m = Messages.of(language);
        RuleCache cache = Locations.cache();
        if (!cache.enabled()) {
            err.println(m.t("report.cacheOff"));
            return Main.BAD_INPUT;
        }
        RuleBook book = options.compileOnly(err);
        if (book == null) {
            return Main.BAD_INPUT;
        }
        try {
            book.saveTo(cache, options.seeds);
        } catch (IOException | RuntimeException e) {
            err.println(m.t("report.notStored", "reason", String.valueOf(e.getMessage())));
            return Main.BAD_INPUT;
        } finally {
            try {
                Files.deleteIfExists(cache.directory().orElseThrow().resolve(cache.key(options.rules, options.seeds) + ".preparing"));
            } catch (IOException | RuntimeException ignored) {
                // the marker expires on its own
            }
        }
        if (!quiet) {
            out.println(m.t(book.loadedFromCache() ? "report.alreadyStored" : "report.stored",
                    "count", Labels.of(language).count("rule", book.catalogue().size()), "dir", options.rules.toString(),
                    "version", book.version(), "cache", cache.directory().orElseThrow().toString()));
        }
        out.flush();
        return Main.OK;
    }
}

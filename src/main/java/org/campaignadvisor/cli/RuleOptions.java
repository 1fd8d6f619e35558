package org.campaignadvisor.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.campaignadvisor.evidence.EvidenceBase;
import org.campaignadvisor.evidence.EvidenceException;
import org.campaignadvisor.plan.InvalidPlanException;
import org.campaignadvisor.plan.Plan;
import org.campaignadvisor.plan.PlanReader;
import org.campaignadvisor.rules.Advisor;
import org.campaignadvisor.rules.KnownIds;
import org.campaignadvisor.rules.RuleBook;
import org.campaignadvisor.rules.RuleCache;
import org.campaignadvisor.rules.RuleCompileException;
import org.campaignadvisor.rules.RuleProblem;
import org.campaignadvisor.text.Labels;
import org.campaignadvisor.text.Language;
import org.campaignadvisor.text.Messages;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The {@code --rules}, {@code --seeds} and {@code --lang} options every command that runs the rules shares. */
final class RuleOptions {
    @Option(names = "--rules", paramLabel = "DIR",
            description = "Directory of rule files (.drl, .dsl, .dslr). Default: ${DEFAULT-VALUE} "
                    + "(or $CAMPAIGN_ADVISOR_RULES).")
    Path rules = Locations.rules();

    @Option(names = "--seeds", paramLabel = "DIR",
            description = "Directory of the evidence base (lessons.yaml, contexts/). Default: ${DEFAULT-VALUE} "
                    + "(or $CAMPAIGN_ADVISOR_SEEDS).")
    Path seeds = Locations.seeds();

    @Mixin
    LanguageOption lang = new LanguageOption();

    /** The language of the command's output ({@code --lang}, else the environment's); refuses an unknown one. */
    Language language() {
        return lang.language();
    }

    /** Compiles the rules, printing every problem like a compiler; null when they do not compile. */
    RuleBook compile(PrintWriter err) {
        return compile(err, new ArrayList<>());
    }

    /** The rules from the cache or compiled, without starting a background compile; null when broken. */
    RuleBook compileOnly(PrintWriter err) {
        try {
            EvidenceBase evidence = EvidenceBase.load(seeds);
            return RuleBook.open(rules, KnownIds.of(evidence), Locations.cache(), seeds);
        } catch (EvidenceException e) {
            err.println(e.getMessage());
            return null;
        } catch (RuleCompileException e) {
            e.problems().forEach(problem -> err.println(located(problem)));
            return null;
        }
    }

    /** As {@link #compile(PrintWriter)}, also handing back the problems found. */
    RuleBook compile(PrintWriter err, List<RuleProblem> found) {
        try {
            EvidenceBase evidence = EvidenceBase.load(seeds);
            RuleCache cache = Locations.cache();
            RuleBook book = RuleBook.open(rules, KnownIds.of(evidence), cache, seeds);
            if (!book.loadedFromCache() && cache.enabled()) {
                Prepare.inBackground(rules, seeds, cache);
            }
            return book;
        } catch (EvidenceException e) {
            err.println(e.getMessage());
            return null;
        } catch (RuleCompileException e) {
            found.addAll(e.problems());
            for (RuleProblem problem : e.problems()) {
                err.println(located(problem));
            }
            err.println(Messages.of(language()).t("report.rulesBroken", "problems", Labels.of(language()).count("problem", e.problems().size()),
                    "dir", rules.toString()));
            return null;
        }
    }

    /** A problem named from the rules directory and said in the language. */
    String located(RuleProblem problem) {
        return (problem.file().startsWith(rules.toString()) ? problem : problem.in(rules)).in(language()).toString();
    }

    /** The advisor over the compiled rules and the evidence base; null (problems printed) when either fails. */
    Advisor advisor(PrintWriter err) {
        return advisor(err, new ArrayList<>());
    }

    /** As {@link #advisor(PrintWriter)}, also handing back the rule problems found. */
    Advisor advisor(PrintWriter err, List<RuleProblem> found) {
        startLoading();
        Loaded loaded = loading.join();
        err.print(loaded.errors());
        err.flush();
        found.addAll(loaded.problems());
        return loaded.advisor();
    }

    /**
     * Starts loading the rules and the evidence base on another thread, so that a command can read
     * its plan files meanwhile (on two cores this hides most of the start-up). {@link #advisor} waits.
     */
    void startLoading() {
        if (loading == null) {
            loading = new CompletableFuture<>();
            Thread thread = new Thread(() -> {
                try {
                    loading.complete(load());
                } catch (Throwable e) {
                    loading.completeExceptionally(e);
                }
            }, "rule-loader");
            thread.setDaemon(true);
            thread.start();
        }
    }

    private CompletableFuture<Loaded> loading;

    private record Loaded(Advisor advisor, String errors, List<RuleProblem> problems) {
    }

    private Loaded load() {
        StringWriter buffer = new StringWriter();
        PrintWriter err = new PrintWriter(buffer);
        List<RuleProblem> found = new ArrayList<>();
        RuleBook book = compile(err, found);
        EvidenceBase evidence = book == null ? null : evidence(err);
        err.flush();
        return new Loaded(book == null || evidence == null ? null : new Advisor(book, evidence), buffer.toString(), found);
    }

    /** Reads a plan file, printing every problem; null when it cannot be read. */
    static Plan readPlan(Path file, PrintWriter err) {
        return readPlan(file, err, Language.ENGLISH);
    }

    /** As {@link #readPlan(Path, PrintWriter)}, the problems said in a language. */
    static Plan readPlan(Path file, PrintWriter err, Language language) {
        try {
            return PlanReader.read(file);
        } catch (InvalidPlanException e) {
            EvaluateCommand.printProblems(err, e, language);
        } catch (IOException e) {
            err.println(Messages.of(language).t("report.unreadable", "path", file.toString(), "reason", String.valueOf(e.getMessage())));
        }
        return null;
    }

    /** Loads the evidence base, printing the problem; null when it cannot be read. */
    EvidenceBase evidence(PrintWriter err) {
        try {
            return EvidenceBase.load(seeds);
        } catch (EvidenceException e) {
            err.println(e.getMessage());
            return null;
        }
    }
}

package org.campaignadvisor.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.campaignadvisor.evidence.EvidenceBase;
import org.campaignadvisor.evidence.EvidenceException;
import org.campaignadvisor.plan.InvalidPlanException;
import org.campaignadvisor.plan.Plan;
import org.campaignadvisor.plan.PlanReader;
import org.campaignadvisor.rules.Advisor;
import org.campaignadvisor.rules.KnownIds;
import org.campaignadvisor.rules.RuleBook;
import org.campaignadvisor.rules.RuleCompileException;
import org.campaignadvisor.rules.RuleProblem;
import picocli.CommandLine.Option;

/** The {@code --rules} and {@code --seeds} options every command that runs the rules shares. */
final class RuleOptions {
    @Option(names = "--rules", paramLabel = "DIR",
            description = "Directory of rule files (.drl, .dsl, .dslr). Default: ${DEFAULT-VALUE} "
                    + "(or $CAMPAIGN_ADVISOR_RULES).")
    Path rules = Locations.rules();

    @Option(names = "--seeds", paramLabel = "DIR",
            description = "Directory of the evidence base (lessons.yaml, contexts/). Default: ${DEFAULT-VALUE} "
                    + "(or $CAMPAIGN_ADVISOR_SEEDS).")
    Path seeds = Locations.seeds();

    /** Compiles the rules, printing every problem like a compiler; null when they do not compile. */
    RuleBook compile(PrintWriter err) {
        return compile(err, new ArrayList<>());
    }

    /** As {@link #compile(PrintWriter)}, also handing back the problems found. */
    RuleBook compile(PrintWriter err, List<RuleProblem> found) {
        try {
            EvidenceBase evidence = EvidenceBase.load(seeds);
            return RuleBook.compile(rules, KnownIds.of(evidence));
        } catch (EvidenceException e) {
            err.println(e.getMessage());
            return null;
        } catch (RuleCompileException e) {
            found.addAll(e.problems());
            for (RuleProblem problem : e.problems()) {
                err.println(problem.file().startsWith(rules.toString()) ? problem : problem.in(rules));
            }
            err.println(e.problems().size() + (e.problems().size() == 1 ? " problem" : " problems") + " in " + rules + "; nothing was evaluated.");
            return null;
        }
    }

    /** The advisor over the compiled rules and the evidence base; null (problems printed) when either fails. */
    Advisor advisor(PrintWriter err) {
        return advisor(err, new ArrayList<>());
    }

    /** As {@link #advisor(PrintWriter)}, also handing back the rule problems found. */
    Advisor advisor(PrintWriter err, List<RuleProblem> found) {
        RuleBook book = compile(err, found);
        EvidenceBase evidence = evidence(err);
        return book == null || evidence == null ? null : new Advisor(book, evidence);
    }

    /** Reads a plan file, printing every problem; null when it cannot be read. */
    static Plan readPlan(Path file, PrintWriter err) {
        try {
            return PlanReader.read(file);
        } catch (InvalidPlanException e) {
            EvaluateCommand.printProblems(err, e);
        } catch (java.io.IOException e) {
            err.println(file + ": cannot be read (" + e.getMessage() + ")");
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

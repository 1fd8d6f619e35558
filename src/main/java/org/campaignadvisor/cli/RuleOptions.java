package org.campaignadvisor.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.campaignadvisor.evidence.EvidenceBase;
import org.campaignadvisor.evidence.EvidenceException;
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
        return compile(err, new java.util.ArrayList<>());
    }

    /** As {@link #compile(PrintWriter)}, also handing back the problems found. */
    RuleBook compile(PrintWriter err, java.util.List<RuleProblem> found) {
        try {
            EvidenceBase evidence = EvidenceBase.load(seeds);
            return RuleBook.compile(rules, org.campaignadvisor.rules.KnownIds.of(evidence));
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
    org.campaignadvisor.rules.Advisor advisor(PrintWriter err) {
        return advisor(err, new java.util.ArrayList<>());
    }

    /** As {@link #advisor(PrintWriter)}, also handing back the rule problems found. */
    org.campaignadvisor.rules.Advisor advisor(PrintWriter err, java.util.List<RuleProblem> found) {
        RuleBook book = compile(err, found);
        EvidenceBase evidence = evidence(err);
        return book == null || evidence == null ? null : new org.campaignadvisor.rules.Advisor(book, evidence);
    }

    /** Reads a plan file, printing every problem; null when it cannot be read. */
    static org.campaignadvisor.plan.Plan readPlan(Path file, PrintWriter err) {
        try {
            return org.campaignadvisor.plan.PlanReader.read(file);
        } catch (org.campaignadvisor.plan.InvalidPlanException e) {
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

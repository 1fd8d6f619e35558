package org.campaignadvisor.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.campaignadvisor.advice.AdviceJson;
import org.campaignadvisor.compare.Improvements;
import org.campaignadvisor.plan.InvalidPlanException;
import org.campaignadvisor.plan.Plan;
import org.campaignadvisor.rules.Advisor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code campaign-advisor improve PLAN}: which single change would help most, by re-running the rules. */
@Command(name = "improve",
        mixinStandardHelpOptions = true,
        usageHelpAutoWidth = true,
        header = "Ranks the single changes that would help a plan most.",
        description = {"Tries each single change the rules suggest (targeted recruitment, an offline action, fewer networks, answering comments, a baseline, …) on the plan, evaluates every changed plan, and ranks the changes by the warnings they clear."})
final class ImproveCommand implements Callable<Integer> {
    enum Format { text, markdown, json }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PLAN", descriptionKey = "plan", description = "The plan file.")
    Path plan;

    @Option(names = "--format", paramLabel = "FORMAT", description = "Output: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
    Format format = Format.text;

    @Mixin
    RuleOptions options;

    @Override
    public Integer call() {
        options.startLoading();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Plan parsed = RuleOptions.readPlan(plan, err);
        if (parsed == null) {
            return Main.BAD_INPUT;
        }
        Advisor advisor = options.advisor(err);
        if (advisor == null) {
            return Main.BAD_INPUT;
        }
        Improvements.Ranking ranking;
        try {
            ranking = Improvements.rank(advisor, parsed);
        } catch (InvalidPlanException e) {
            EvaluateCommand.printProblems(err, new InvalidPlanException(plan.toString(), e.problems()));
            return Main.BAD_INPUT;
        }
        out.print(switch (format) {
            case json -> AdviceJson.write(ranking) + "\n";
            case text -> text(ranking, false);
            case markdown -> text(ranking, true);
        });
        out.flush();
        return Main.OK;
    }

    private static String text(Improvements.Ranking ranking, boolean markdown) {
        StringBuilder out = new StringBuilder();
        out.append(markdown ? "# What would help most: " : "What would help most: ").append(ranking.plan())
                .append(markdown ? "\n\n" : "\n").append("Now: ").append(count(ranking.warnings(), "warning")).append(", ")
                .append(count(ranking.strengths(), "strength")).append(".\n\n");
        int rank = 1;
        if (!ranking.improvements().isEmpty()) {
            out.append(markdown ? "" : "").append("Changes are ranked by how much the findings they clear threaten the goal (their weight).\n")
                    .append("Why the first comes first: ").append(ranking.improvements().get(0).reason()).append("\n\n");
        }
        for (Improvements.Improvement i : ranking.improvements()) {
            out.append(markdown ? rank + ". **" : String.format("%2d. ", rank)).append(i.description()).append(markdown ? "**" : "")
                    .append("\n").append(markdown ? "   - " : "    ").append("weight cleared: ").append(i.weightCleared()).append("\n")
                    .append(markdown ? "   - " : "    ").append("clears ").append(i.clearsWarnings().size())
                    .append(i.clearsWarnings().size() == 1 ? " warning" : " warnings").append(i.clearsWarnings().isEmpty() ? "" : ": " + String.join(", ", i.clearsWarnings()))
                    .append("\n");
            if (!i.clearsRecommendations().isEmpty()) {
                out.append(markdown ? "   - " : "    ").append("clears recommendations: ").append(String.join(", ", i.clearsRecommendations())).append("\n");
            }
            if (!i.adds().isEmpty()) {
                out.append(markdown ? "   - " : "    ").append("adds: ").append(String.join(", ", i.adds())).append("\n");
            }
            out.append(markdown ? "   - " : "    ").append("afterwards: ").append(count(i.warningsAfter(), "warning")).append(", ")
                    .append(count(i.strengthsAfter(), "strength")).append("\n");
            rank++;
        }
        if (ranking.improvements().isEmpty()) {
            out.append("None of the changes the rules suggest would change the findings.\n");
        }
        return out.toString();
    }

    private static String count(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}

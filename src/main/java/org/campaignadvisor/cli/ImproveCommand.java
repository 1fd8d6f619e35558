package org.campaignadvisor.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.campaignadvisor.advice.AdviceJson;
import org.campaignadvisor.compare.Improvements;
import org.campaignadvisor.plan.InvalidPlanException;
import org.campaignadvisor.plan.Plan;
import org.campaignadvisor.text.Labels;
import org.campaignadvisor.text.Language;
import org.campaignadvisor.text.Messages;
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
        Language language = options.language();
        options.startLoading();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Plan parsed = RuleOptions.readPlan(plan, err, language);
        if (parsed == null) {
            return Main.BAD_INPUT;
        }
        Advisor advisor = options.advisor(err);
        if (advisor == null) {
            return Main.BAD_INPUT;
        }
        Improvements.Ranking ranking;
        try {
            ranking = Improvements.rank(advisor, parsed, advisor.evaluate(parsed, language), language);
        } catch (InvalidPlanException e) {
            EvaluateCommand.printProblems(err, new InvalidPlanException(plan.toString(), e.problems()), language);
            return Main.BAD_INPUT;
        }
        out.print(switch (format) {
            case json -> AdviceJson.write(ranking) + "\n";
            case text -> text(ranking, false, language);
            case markdown -> text(ranking, true, language);
        });
        out.flush();
        return Main.OK;
    }

    private static String text(Improvements.Ranking ranking, boolean markdown, Language language) {
        Messages m = Messages.of(language);
        Labels labels = Labels.of(language);
        String item = markdown ? "   - " : "    ";
        StringBuilder out = new StringBuilder();
        out.append(markdown ? "# " : "").append(m.t("improve.cli.title", "plan", ranking.plan()))
                .append(markdown ? "\n\n" : "\n").append(m.t("improve.cli.now", "warnings", labels.count("warning", ranking.warnings()),
                        "strengths", labels.count("strength", ranking.strengths()))).append("\n\n");
        int rank = 1;
        if (!ranking.improvements().isEmpty()) {
            out.append(m.t("improve.cli.ranked")).append("\n")
                    .append(m.t("improve.cli.first", "reason", ranking.improvements().get(0).reason())).append("\n\n");
        }
        for (Improvements.Improvement i : ranking.improvements()) {
            out.append(markdown ? rank + ". **" : String.format("%2d. ", rank)).append(i.description()).append(markdown ? "**" : "")
                    .append("\n").append(item).append(m.t("improve.cli.weight", "weight", i.weightCleared())).append("\n")
                    .append(item).append(m.t("improve.cli.clears", "warnings", labels.count("warning", i.clearsWarnings().size())))
                    .append(i.clearsWarnings().isEmpty() ? "" : ": " + String.join(", ", i.clearsWarnings()))
                    .append("\n");
            if (!i.clearsRecommendations().isEmpty()) {
                out.append(item).append(m.t("improve.cli.clearsRecommendations", "ids", String.join(", ", i.clearsRecommendations()))).append("\n");
            }
            if (!i.adds().isEmpty()) {
                out.append(item).append(m.t("improve.cli.adds", "ids", String.join(", ", i.adds()))).append("\n");
            }
            out.append(item).append(m.t("improve.cli.after", "warnings", labels.count("warning", i.warningsAfter()),
                    "strengths", labels.count("strength", i.strengthsAfter()))).append("\n");
            rank++;
        }
        if (ranking.improvements().isEmpty()) {
            out.append(m.t("improve.cli.none")).append("\n");
        }
        return out.toString();
    }
}

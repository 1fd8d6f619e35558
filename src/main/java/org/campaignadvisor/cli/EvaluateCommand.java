package org.campaignadvisor.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.campaignadvisor.advice.Advice;
import org.campaignadvisor.advice.AdviceJson;
import org.campaignadvisor.advice.Severity;
import org.campaignadvisor.plan.InvalidPlanException;
import org.campaignadvisor.plan.Plan;
import org.campaignadvisor.plan.PlanProblem;
import org.campaignadvisor.rules.Advisor;
import org.campaignadvisor.rules.EvaluationException;
import org.campaignadvisor.text.Language;
import org.campaignadvisor.text.Messages;
import org.campaignadvisor.text.ProblemText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code campaign-advisor evaluate PLAN}: prints the findings for one plan file. */
@Command(name = "evaluate",
        mixinStandardHelpOptions = true,
        usageHelpAutoWidth = true,
        header = "Evaluates one plan and prints its findings, with the evidence and what to do.",
        description = {"Evaluates one plan file (YAML or JSON) and prints its findings, grouped by severity, each with why it fired, the evidence from the report and what to do. %n%nExit codes: 0 the plan was read and evaluated; 1 --fail-on found findings of that severity; 2 the plan could not be read, or the rules are broken."})
final class EvaluateCommand implements Callable<Integer> {
    enum Format { text, json, markdown }

    enum FailOn { warning, recommendation }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PLAN", descriptionKey = "plan", description = "The plan file: .yaml, .yml or .json (see docs/plan-format.md).")
    Path plan;

    @Option(names = "--format", paramLabel = "FORMAT", description = "Output: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
    Format format = Format.text;

    @Option(names = "--fail-on", paramLabel = "SEVERITY",
            description = "Exit with 1 when a finding of this severity or worse fires: ${COMPLETION-CANDIDATES}.")
    FailOn failOn;

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
        Advice advice;
        try {
            advice = advisor.evaluate(parsed, language);
        } catch (InvalidPlanException e) {
            printProblems(err, new InvalidPlanException(plan.toString(), e.problems()), language);
            return Main.BAD_INPUT;
        } catch (EvaluationException e) {
            err.println(Messages.of(language).t("report.unfinished", "plan", plan.toString(),
                    "reason", ProblemText.say(String.valueOf(e.getMessage()), language)));
            return Main.BAD_INPUT;
        }
        out.print(switch (format) {
            case text -> TextReport.render(advice, language);
            case json -> AdviceJson.write(advice) + "\n";
            case markdown -> MarkdownReport.render(advice, language);
        });
        out.flush();
        return failOn != null && failed(advice) ? Main.FINDINGS : Main.OK;
    }

    private boolean failed(Advice advice) {
        int warnings = advice.count(Severity.WARNING);
        return failOn == FailOn.warning ? warnings > 0 : warnings + advice.count(Severity.RECOMMENDATION) > 0;
    }

    static void printProblems(PrintWriter err, InvalidPlanException e, Language language) {
        for (PlanProblem problem : e.problems()) {
            err.println(e.source() + ": " + problem.in(language));
        }
        err.println(Messages.of(language).t("cli.problems", "n", e.problems().size(), "source", e.source()));
        err.flush();
    }
}

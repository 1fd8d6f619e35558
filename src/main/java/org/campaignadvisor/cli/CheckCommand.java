package org.campaignadvisor.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.campaignadvisor.rules.Advisor;
import org.campaignadvisor.rules.RuleBook;
import org.campaignadvisor.rules.RuleProblem;
import org.campaignadvisor.scenarios.RuleBaseCheck;
import org.campaignadvisor.scenarios.Scenario;
import org.campaignadvisor.scenarios.ScenarioFolder;
import org.campaignadvisor.scenarios.ScenarioResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code campaign-advisor check}: what a trainer runs after editing a rule. */
@Command(name = "check",
        mixinStandardHelpOptions = true,
        usageHelpAutoWidth = true,
        header = "Checks the rules against every example plan and its expected findings.",
        description = {"Compiles the rules, evaluates every scenario and compares its findings with the scenario's expect.fires / expect.doesNotFire. Prints one line per scenario and a summary 'N passed, M failed', then lists lessons no rule cites and rules no scenario exercises. %n%nExit codes: 0 every scenario passed; 1 a scenario failed or the rule files have problems (each listed at file:line, and counted in the summary); 2 the seeds or scenarios cannot be read."})
final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    RuleOptions options;

    @Option(names = "--scenarios", paramLabel = "DIR",
            description = "Directory of scenario files. Default: ${DEFAULT-VALUE} (or $CAMPAIGN_ADVISOR_SCENARIOS).")
    Path scenarios = Locations.scenarios();

    @Override
    public Integer call() {
        options.startLoading();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Scenario> files = null;
        String unreadable = null;
        try {
            files = Files.isDirectory(scenarios) ? ScenarioFolder.read(scenarios) : List.of();
        } catch (IOException e) {
            unreadable = scenarios + ": cannot be read (" + e.getMessage() + ")";
        }
        List<RuleProblem> ruleProblems = new ArrayList<>();
        Advisor advisor = options.advisor(err, ruleProblems);
        if (advisor == null) {
            if (ruleProblems.isEmpty()) {
                return Main.BAD_INPUT; // the seeds could not be read
            }
            out.println();
            out.println("0 passed, 0 failed, " + ruleProblems.size() + (ruleProblems.size() == 1 ? " problem" : " problems")
                    + " in the rule files (the last good rules keep serving; fix the lines above and run check again)");
            out.flush();
            return Main.FINDINGS;
        }
        RuleBook book = advisor.ruleBook();
        if (files == null) {
            err.println(unreadable);
            return Main.BAD_INPUT;
        }
        out.println("rules " + options.rules + ": " + book.catalogue().size() + " rules compiled (version "
                + book.version() + "); scenarios " + scenarios + ": " + files.size() + " files");
        RuleBaseCheck.Report report = new RuleBaseCheck(advisor).run(files);
        for (ScenarioResult result : report.scenarios()) {
            out.println(result.line());
        }
        out.println();
        list(out, "Lessons in seeds that no rule cites", report.uncitedLessons());
        list(out, "Lessons cited by rules but missing from seeds/lessons.yaml", report.unknownLessons());
        list(out, "Advice rules that no scenario exercises", report.unexercisedRules());
        out.println();
        int problems = report.unknownLessons().size();
        out.println(report.passed() + " passed, " + report.failed() + " failed"
                + (problems == 0 ? "" : ", " + problems + (problems == 1 ? " problem" : " problems") + " in the rule files"));
        out.flush();
        return report.failed() > 0 || problems > 0 ? Main.FINDINGS : Main.OK;
    }

    private static void list(PrintWriter out, String heading, List<String> items) {
        out.println(heading + ": " + (items.isEmpty() ? "none" : String.join(", ", items)));
    }
}

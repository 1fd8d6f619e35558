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
import org.campaignadvisor.text.Labels;
import org.campaignadvisor.text.Language;
import org.campaignadvisor.text.Messages;
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
        Language language = options.language();
        options.startLoading();
        Messages m = Messages.of(language);
        Labels labels = Labels.of(language);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Scenario> files = null;
        String unreadable = null;
        try {
            files = Files.isDirectory(scenarios) ? ScenarioFolder.read(scenarios) : List.of();
        } catch (IOException e) {
            unreadable = m.t("report.unreadable", "path", scenarios.toString(), "reason", String.valueOf(e.getMessage()));
        }
        List<RuleProblem> ruleProblems = new ArrayList<>();
        Advisor advisor = options.advisor(err, ruleProblems);
        if (advisor == null) {
            if (ruleProblems.isEmpty()) {
                return Main.BAD_INPUT; // the seeds could not be read
            }
            out.println();
            out.println(m.t("report.check.broken", "problems", labels.count("problem", ruleProblems.size())));
            out.flush();
            return Main.FINDINGS;
        }
        RuleBook book = advisor.ruleBook();
        if (files == null) {
            err.println(unreadable);
            return Main.BAD_INPUT;
        }
        out.println(m.t("report.check.compiled", "rules", options.rules.toString(), "count", labels.count("rule", book.catalogue().size()),
                "version", book.version(), "scenarios", scenarios.toString(), "files", files.size()));
        RuleBaseCheck.Report report = new RuleBaseCheck(advisor).run(files);
        for (ScenarioResult result : report.scenarios()) {
            out.println(result.line(language));
        }
        out.println();
        out.println(m.t("report.check.uncited", "list", list(m, report.uncitedLessons())));
        out.println(m.t("report.check.unknown", "list", list(m, report.unknownLessons())));
        out.println(m.t("report.check.unexercised", "list", list(m, report.unexercisedRules())));
        out.println();
        int problems = report.unknownLessons().size();
        out.println(problems == 0
                ? m.t("report.check.summary", "passed", report.passed(), "failed", report.failed())
                : m.t("report.check.summaryProblems", "passed", report.passed(), "failed", report.failed(),
                        "problems", labels.count("problem", problems)));
        out.flush();
        return report.failed() > 0 || problems > 0 ? Main.FINDINGS : Main.OK;
    }

    private static String list(Messages m, List<String> items) {
        return items.isEmpty() ? m.t("report.check.none") : String.join(", ", items);
    }
}

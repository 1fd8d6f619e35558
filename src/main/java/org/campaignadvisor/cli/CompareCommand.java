package org.campaignadvisor.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.campaignadvisor.advice.AdviceJson;
import org.campaignadvisor.compare.Comparison;
import org.campaignadvisor.compare.NamedPlan;
import org.campaignadvisor.rules.Advisor;
import org.campaignadvisor.scenarios.Scenario;
import org.campaignadvisor.scenarios.ScenarioFolder;
import org.campaignadvisor.text.Language;
import org.campaignadvisor.text.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code campaign-advisor compare A.yaml B.yaml …} or {@code compare scenarios/}: plans side by side. */
@Command(name = "compare",
        mixinStandardHelpOptions = true,
        usageHelpAutoWidth = true,
        header = "Compares plans side by side, finding by finding.",
        description = {"Compares plans side by side: one column per plan, one row per finding that fires in any of them, grouped by theme, with totals and readiness per theme; rows that differ are marked. With exactly two plans, also lists the fields that differ and the findings that came and went. A folder stands for every .yaml/.yml/.json file in it. Unreadable files are reported by file and field; the others are still compared. %n%nExit codes: 0 compared (even if some files were not); 2 no file could be compared, or the rules are broken."})
final class CompareCommand implements Callable<Integer> {
    enum Format { text, markdown, csv, json, html }

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PLAN|DIR", descriptionKey = "plans", description = "Plan files, or folders of plan files.")
    List<Path> inputs;

    @Option(names = "--format", paramLabel = "FORMAT", description = "Output: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
    Format format = Format.text;

    @Mixin
    RuleOptions options;

    @Override
    public Integer call() throws IOException {
        Language language = options.language();
        options.startLoading();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<NamedPlan> plans = new ArrayList<>();
        for (Path input : inputs) {
            List<Path> files = Files.isDirectory(input) ? ScenarioFolder.files(input) : List.of(input);
            for (Path file : files) {
                Scenario scenario = ScenarioFolder.readOne(file);
                String name = file.getFileName().toString().replaceFirst("\\.(ya?ml|json)$", "");
                plans.add(scenario.readable() ? NamedPlan.of(name, scenario.plan()) : NamedPlan.unreadable(file.toString(), scenario.problems()));
            }
        }
        Advisor advisor = options.advisor(err);
        if (advisor == null) {
            return Main.BAD_INPUT;
        }
        Comparison comparison = Comparison.of(advisor, plans, language);
        if (comparison.columns().isEmpty()) {
            comparison.failures().forEach(f -> f.problems().forEach(p -> err.println(f.name() + ": "
                    + p.in(language))));
            err.println(Messages.of(language).t("report.compare.noneCompared"));
            return Main.BAD_INPUT;
        }
        out.print(switch (format) {
            case text -> ComparisonReport.text(comparison, language);
            case markdown -> ComparisonReport.markdown(comparison, language);
            case csv -> ComparisonReport.csv(comparison, language);
            case json -> AdviceJson.write(comparison) + "\n";
            case html -> ComparisonReport.html(comparison, language);
        });
        out.flush();
        return Main.OK;
    }
}

package org.campaignadvisor.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import org.campaignadvisor.text.Language;
import org.campaignadvisor.text.Messages;
import org.campaignadvisor.text.ProblemText;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code campaign-advisor} command and its subcommands. */
@Command(name = "campaign-advisor",
        mixinStandardHelpOptions = true,
        version = "campaign-advisor 0.1.0",
        description = {
            "Checks a campaign plan against lessons from a field report on online campaigning",
            "and answers with warnings, recommendations and strengths, each with its evidence."},
        subcommands = {EvaluateCommand.class, CompareCommand.class, ImproveCommand.class, CheckCommand.class, ServeCommand.class, PrepareCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    /** Exit code for a plan that was read and evaluated. */
    public static final int OK = 0;
    /** Exit code when {@code --fail-on} found findings of that severity. */
    public static final int FINDINGS = 1;
    /** Exit code for bad input (an unreadable plan) or broken rules. */
    public static final int BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /**
     * Runs a command. No input ends in a stack trace: any failure, even running out of memory, is one
     * line and exit code 2; {@code --debug} (anywhere on the line) prints the stack trace as well.
     */
    public static int run(String... args) {
        boolean debug = Arrays.asList(args).contains("--debug");
        String[] rest = Arrays.stream(args).filter(a -> !a.equals("--debug")).toArray(String[]::new);
        CommandLine cli = commandLine(debug, rest);
        try {
            return cli.execute(rest);
        } catch (Throwable e) { // an Error (out of memory, stack overflow) that picocli lets through
            report(cli.getErr(), e, debug, LanguageOption.of(rest));
            return BAD_INPUT;
        }
    }

    /** The command line for these arguments: its --help in the language they ask for (or the environment's). */
    static CommandLine commandLine(String... args) {
        return commandLine(false, args);
    }

    private static CommandLine commandLine(boolean debug, String... args) {
        CommandLine cli = new CommandLine(new Main());
        Language language = LanguageOption.of(args);
        if (!language.isEnglish()) {
            HelpBundle help = new HelpBundle(language);
            if (!help.isEmpty()) {
                cli.setResourceBundle(help);
            }
        }
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            report(cmd.getErr(), e, debug, language);
            return BAD_INPUT;
        });
        // a mistake on the command line (unknown option, missing plan file, a format not offered): said in
        // the language asked for, with where to find the help
        cli.setParameterExceptionHandler((e, arguments) -> {
            PrintWriter err = e.getCommandLine().getErr();
            Messages m = Messages.of(language);
            err.println(ProblemText.say(e.getMessage(), language));
            if (e instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
                err.println(m.t("report.didYouMean", "suggestions", String.join(", ", unmatched.getSuggestions())));
            }
            String command = e.getCommandLine().getCommandSpec().qualifiedName(" ").replaceFirst("^campaign-advisor ?", "");
            err.println(m.t("report.usageHint", "command", command).replace("  ", " "));
            err.flush();
            return BAD_INPUT;
        });
        return cli;
    }

    private static void report(PrintWriter err, Throwable e, boolean debug, Language language) {
        Messages m = Messages.of(language);
        String what = e instanceof OutOfMemoryError ? m.t("report.outOfMemory")
                : e.getMessage() == null ? e.getClass().getSimpleName() : ProblemText.say(e.getMessage(), language);
        err.println(m.t(debug ? "report.failedDebug" : "report.failed", "what", what));
        if (debug) {
            e.printStackTrace(err);
        }
        err.flush();
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}

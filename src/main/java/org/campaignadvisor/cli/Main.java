package org.campaignadvisor.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code campaign-advisor} command and its subcommands. */
@Command(name = "campaign-advisor",
        mixinStandardHelpOptions = true,
        version = "campaign-advisor 0.1.0",
        description = {
            "Checks a campaign plan against lessons from a field report on online campaigning",
            "and answers with warnings, recommendations and strengths, each with its evidence."},
        subcommands = {EvaluateCommand.class, CompareCommand.class, ImproveCommand.class, CheckCommand.class, ServeCommand.class, CommandLine.HelpCommand.class})
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

    public static int run(String... args) {
        return commandLine().execute(args);
    }

    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("campaign-advisor: " + e.getMessage());
            return BAD_INPUT;
        });
        return cli;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}

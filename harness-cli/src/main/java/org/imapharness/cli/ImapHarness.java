package org.imapharness.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code imap-harness} command. Exit codes: 0 success, 1 failures found, 2 usage or target
 * error (unreachable, TLS failure, bad credentials).
 */
@Command(name = "imap-harness", mixinStandardHelpOptions = true, version = "imap-harness 0.1.0",
        description = "Tests IMAP servers: conformance, sync, robustness, security and load.",
        subcommands = {CheckCommand.class, ConformanceCommand.class, SecurityCommand.class, SyncCommand.class,
                FuzzCommand.class, LoadCommand.class, ServeCommand.class, ReportCommand.class, DemoCommand.class,
                CompletionCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every MUST-level check passed", "1:a MUST-level check failed (or a regression against --baseline)",
            "2:usage error or target unusable"})
public final class ImapHarness implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code, without exiting (for tests). */
    public static int run(String... args) {
        return new CommandLine(new ImapHarness())
                .setExitCodeExceptionMapper(e -> 2)
                .setExecutionExceptionHandler((e, commandLine, parseResult) -> {
                    if (e instanceof UsageProblem) {
                        commandLine.getErr().println(commandLine.getCommandName() + ": " + e.getMessage());
                        return 2;
                    }
                    throw e;
                })
                .execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}

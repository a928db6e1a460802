package org.imapharness.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import picocli.CommandLine;

/**
 * Runs a command line in a test and keeps what it printed: stdout and stderr, each accumulated
 * over every run of one test, for the assertions; each run's text is also echoed to the test log,
 * where a failing run is read.
 */
final class CommandOutput {
    private final StringWriter stdout = new StringWriter();
    private final StringWriter stderr = new StringWriter();

    /** Runs {@code command} as its own command line with {@code --out dir} ahead of {@code args}; returns the exit code. */
    int run(Object command, Path dir, String... args) {
        return execute(new CommandLine(command),
                Stream.concat(Stream.of("--out", dir.toString()), Arrays.stream(args)).toArray(String[]::new));
    }

    /** Runs a command line the test has configured (a tree, an exception handler); returns the exit code. */
    int execute(CommandLine cli, String... args) {
        int errFrom = stderr.getBuffer().length();
        int outFrom = stdout.getBuffer().length();
        int exit = cli.setOut(new PrintWriter(stdout, true)).setErr(new PrintWriter(stderr, true)).execute(args);
        System.out.print(stderr.getBuffer().substring(errFrom));
        System.out.print(stdout.getBuffer().substring(outFrom));
        return exit;
    }

    String stdout() {
        return stdout.toString();
    }

    String stderr() {
        return stderr.toString();
    }
}

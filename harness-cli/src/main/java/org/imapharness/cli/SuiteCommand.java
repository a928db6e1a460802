package org.imapharness.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What the subcommands that run a suite ({@code check}, {@code conformance}, {@code security},
 * {@code sync}, {@code fuzz}) share: the target and {@code --out} flags, one line on stderr that
 * says what is about to run, the run itself through {@link SuiteLauncher}, and a
 * {@link UsageProblem} ending the command with one line and exit code 2. A subclass keeps only
 * what is its own: its options, what it selects, which engine, and its engine parameters.
 *
 * <p>A usage problem is printed with the command's qualified name ({@code imap-harness check: ...}),
 * unlike {@link ImapHarness}'s fallback handler, which prints the bare name; the suite commands
 * have always said it that way, so it stays.
 */
abstract class SuiteCommand implements Callable<Integer> {

    @Mixin
    TargetArgs target;

    @Mixin
    OutArgs out;

    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() {
        try {
            return run();
        } catch (UsageProblem e) {
            stderr().println(spec.qualifiedName() + ": " + e.getMessage());
            return SuiteLauncher.UNUSABLE;
        }
    }

    /**
     * The command's work.
     *
     * @return the exit code: {@link SuiteLauncher#PASSED}, {@link SuiteLauncher#FAILED} or {@link SuiteLauncher#UNUSABLE}
     * @throws UsageProblem for a flag, file or target that cannot be used
     */
    abstract int run();

    /** The target flags as engine parameters ({@code imap.target}, ...), in a map the command adds its own to. */
    final Map<String, String> targetParameters() {
        return new LinkedHashMap<>(target.engineParameters());
    }

    /** Adds {@code key = <millis>ms} when the optional duration flag was given. */
    static void putMillis(Map<String, String> parameters, String key, Duration value) {
        if (value != null) {
            parameters.put(key, value.toMillis() + "ms");
        }
    }

    /**
     * Says on stderr, in one line, what is about to run: the command, {@code target <URI>}, then
     * {@code details} (the command's own settings, each led by its separator), then the reports.
     */
    final void announce(String details, Path reports) {
        announce("target " + target.target, details, reports);
    }

    /** {@link #announce(String, Path)} with the target described by the caller (the preflight's description). */
    final void announce(String targetDescription, String details, Path reports) {
        stderr().println(spec.name() + ": " + targetDescription
                + (target.insecure ? " (certificate checking OFF)" : "") + details + "; reports in " + reports);
    }

    /** Runs the suite: progress on stderr, the summary on stdout. */
    final SuiteLauncher.Outcome launch(SuiteLauncher.Request request) {
        return SuiteLauncher.run(request, stdout(), stderr());
    }

    final PrintWriter stdout() {
        return spec.commandLine().getOut();
    }

    final PrintWriter stderr() {
        return spec.commandLine().getErr();
    }
}

package org.imapharness.cli;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code fuzz}: the network fuzzer against a target, on the {@code imap-fuzz} engine through
 * {@link SuiteLauncher}, so {@code mvn verify -Dimap.target=...} gives the same result. Failures
 * are shrunk and written as replayable scenario files under {@code --out}.
 */
@Command(name = "fuzz", mixinStandardHelpOptions = true,
        description = "Sends generated valid-but-unusual and near-valid commands; every one must be answered "
                + "(OK/NO/BAD, or BYE and close) within the timeout with responses that keep to RFC 3501 §9.",
        footer = {"%nExamples:",
            "  imap-harness fuzz --duration 1m",
            "  imap-harness fuzz --target imaps://mail.example.com --user fuzz --password-file pw --seed 42",
            "  imap-harness fuzz --target 'embedded?fault=quoted-escape-ignored' --seed 1",
            "      watch the fuzzer catch a deliberately broken server",
            "%nA failure's replay (a scenario file) is written to OUT/replays; run it again with",
            "  imap-harness conformance --scenarios OUT/replays --target ...",
            "%nExit codes: 0 no failure, 1 a failure (see the summary and the replays), 2 usage error or target unusable."})
final class FuzzCommand implements Callable<Integer> {
    /** The engine's one test: {@code [engine:imap-fuzz]/[fuzz:network]}. */
    static final String TEST_ID = "[engine:imap-fuzz]/[fuzz:network]";

    @Mixin
    TargetArgs target;

    @Mixin
    OutArgs out;

    @Option(names = "--seed", paramLabel = "N", description = "Fixes every generated command (default: the clock).")
    Long seed;

    @Option(names = "--duration", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "How long to send commands (default 30s); shrinking failures comes on top.")
    Duration duration = Duration.ofSeconds(30);

    @Option(names = "--commands", paramLabel = "N", description = "Stop after N commands (default: no limit).")
    long commands;

    @Option(names = "--timeout", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Longest wait for each answer (default 10s).")
    Duration timeout;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try {
            return run();
        } catch (UsageProblem e) {
            spec.commandLine().getErr().println(spec.qualifiedName() + ": " + e.getMessage());
            return SuiteLauncher.UNUSABLE;
        }
    }

    private int run() {
        if (commands < 0) {
            throw new UsageProblem("--commands must be 0 or more, was " + commands);
        }
        long s = seed != null ? seed : System.currentTimeMillis();
        var reports = out.directory();
        Map<String, String> parameters = new LinkedHashMap<>(target.engineParameters());
        parameters.put("imap.fuzz.seed", String.valueOf(s));
        parameters.put("imap.fuzz.duration", duration.toMillis() + "ms");
        parameters.put("imap.fuzz.commands", String.valueOf(commands));
        parameters.put("imap.fuzz.replay-dir", reports.resolve("replays").toString());
        if (timeout != null) {
            parameters.put("imap.timeout", timeout.toMillis() + "ms");
        }
        var err = spec.commandLine().getErr();
        err.println("fuzz: target " + target.target + (target.insecure ? " (certificate checking OFF)" : "")
                + ", seed " + s + ", for " + duration.toSeconds() + " s; reports in " + reports);
        SuiteLauncher.Outcome outcome = SuiteLauncher.run(new SuiteLauncher.Request("fuzz",
                List.of(selectUniqueId(TEST_ID)), List.of(), List.of("imap-fuzz"), parameters, reports),
                spec.commandLine().getOut(), err);
        return outcome.exitCode();
    }
}

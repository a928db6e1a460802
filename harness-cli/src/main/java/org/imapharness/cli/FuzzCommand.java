package org.imapharness.cli;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

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
final class FuzzCommand extends SuiteCommand {
    /** The engine's one test: {@code [engine:imap-fuzz]/[fuzz:network]}. */
    static final String TEST_ID = "[engine:imap-fuzz]/[fuzz:network]";

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

    @Override
    int run() {
        if (commands < 0) {
            throw new UsageProblem("--commands must be 0 or more, was " + commands);
        }
        long s = seed != null ? seed : System.currentTimeMillis();
        var reports = out.directory();
        Map<String, String> parameters = targetParameters();
        parameters.put("imap.fuzz.seed", String.valueOf(s));
        putMillis(parameters, "imap.fuzz.duration", duration);
        parameters.put("imap.fuzz.commands", String.valueOf(commands));
        parameters.put("imap.fuzz.replay-dir", reports.resolve("replays").toString());
        putMillis(parameters, "imap.timeout", timeout);
        announce(", seed " + s + ", for " + duration.toSeconds() + " s", reports);
        return launch(new SuiteLauncher.Request("fuzz", List.of(selectUniqueId(TEST_ID)), List.of(),
                List.of("imap-fuzz"), parameters, reports)).exitCode();
    }
}

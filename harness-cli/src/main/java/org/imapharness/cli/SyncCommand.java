package org.imapharness.cli;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.imapharness.scenarios.sync.ImapSyncEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sync}: the multi-device sync checker (docs/sync.md) against a target, on the
 * {@code imap-sync} engine through {@link SuiteLauncher}; the same run as
 * {@code mvn verify -Dimap.target=... -Dimap.sync.seed=...}.
 */
@Command(name = "sync", mixinStandardHelpOptions = true,
        description = "Checks that devices on one account stay consistent (IDLE, NOOP, CONDSTORE, QRESYNC, webmail), "
                + "measures IDLE push latency and header-first sync; a failure is shrunk and written as a replayable "
                + "scenario.",
        footer = {"%nExamples:",
            "  imap-harness sync",
            "      the bundled reference server, 3 devices, 200 steps, a fresh seed",
            "  imap-harness sync --target imaps://mail.example.com --user u --password-file pw --devices 5 --duration 5m",
            "  imap-harness sync --seed 42 --steps 500",
            "      repeat a run exactly (the seed is in every report)",
            "  imap-harness sync --target 'embedded?fault=idle-no-exists'",
            "      watch the checker catch a deliberately broken server",
            "%nExit codes: 0 consistent, 1 a sync rule broke (the replay scenario is in --out),",
            "  2 usage error or target unusable."})
final class SyncCommand extends SuiteCommand {
    @Option(names = "--devices", paramLabel = "N", defaultValue = "3",
            description = "Devices on the account (1-500; default ${DEFAULT-VALUE}).")
    int devices;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the run (default: a fresh one, reported).")
    Long seed;

    @Option(names = "--steps", paramLabel = "N", defaultValue = "200",
            description = "Most actions in the run (default ${DEFAULT-VALUE}).")
    int steps;

    @Option(names = "--duration", paramLabel = "DURATION", converter = DurationConverter.class, defaultValue = "2m",
            description = "Longest the run may take, e.g. 30s or 5m (default ${DEFAULT-VALUE}).")
    Duration duration;

    @Option(names = "--push-timeout", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "How long a device in IDLE may take to be told of a change (default 3s).")
    Duration pushTimeout;

    @Override
    int run() {
        if (devices < 1 || devices > 500) {
            throw new UsageProblem("--devices " + devices + ": expected 1 to 500");
        }
        if (steps < 1) {
            throw new UsageProblem("--steps " + steps + ": expected a positive number");
        }
        Path reports = out.directory();
        Map<String, String> parameters = targetParameters();
        parameters.put("imap.sync.devices", Integer.toString(devices));
        parameters.put("imap.sync.steps", Integer.toString(steps));
        putMillis(parameters, "imap.sync.duration", duration);
        parameters.put("imap.sync.out", reports.toString());
        if (seed != null) {
            parameters.put("imap.sync.seed", Long.toString(seed));
        }
        putMillis(parameters, "imap.sync.push-timeout", pushTimeout);
        announce(", " + devices + " devices, up to " + steps + " steps", reports);
        SuiteLauncher.Outcome outcome = launch(new SuiteLauncher.Request("sync",
                List.of(selectPackage(ImapSyncEngine.class.getPackageName())), List.of(), List.of(ImapSyncEngine.ID),
                parameters, reports));
        summary(outcome.runEntries());
        return outcome.exitCode();
    }

    /** How to repeat the run and where the shrunk failure went (the launcher already printed the measurements). */
    private void summary(Map<String, String> entries) {
        var o = stdout();
        if (entries.containsKey("imap.seed")) {
            o.println("repeat this run with --seed " + entries.get("imap.seed"));
        }
        if (entries.containsKey("imap.replay")) {
            o.println("replay the shrunk failure (" + entries.get("imap.measure.sync-shrunk-steps") + " steps on "
                    + entries.get("imap.measure.sync-shrunk-devices") + " devices): imap-harness conformance --scenarios "
                    + Path.of(entries.get("imap.replay")).getParent() + " (file " + entries.get("imap.replay") + ")");
        }
    }
}

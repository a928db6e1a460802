package org.imapharness.scenarios.sync;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.imapharness.core.sync.HeaderSync;
import org.imapharness.core.sync.Latencies;
import org.imapharness.core.sync.SyncChecker;
import org.imapharness.core.target.Target;
import org.imapharness.core.target.Targets;
import org.imapharness.server.message.Corpus;
import org.junit.platform.engine.ConfigurationParameters;
import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;

/**
 * Runs the sync suite's tests and publishes what they measured as report entries: the seed
 * ({@code imap.seed}), IDLE push percentiles ({@code imap.measure.idle-push-p50-ms} ...), the
 * header-first sync ratio ({@code imap.measure.header-sync-ratio}), and for a failing run the
 * path of the replay scenario ({@code imap.replay}).
 */
final class SyncExecution {
    private final ConfigurationParameters parameters;
    private final EngineExecutionListener listener;
    /** Every entry published, also published on the engine at the end: launchers summarise the run from those. */
    private final Map<String, String> runEntries = new java.util.LinkedHashMap<>();

    SyncExecution(ConfigurationParameters parameters, EngineExecutionListener listener) {
        this.parameters = parameters;
        this.listener = listener;
    }

    void run(TestDescriptor root) {
        listener.executionStarted(root);
        for (TestDescriptor child : root.getChildren()) {
            listener.executionStarted(child);
            listener.executionFinished(child, execute((SyncTestDescriptor) child));
        }
        if (!runEntries.isEmpty()) {
            listener.reportingEntryPublished(root, ReportEntry.from(runEntries));
        }
        listener.executionFinished(root, TestExecutionResult.successful());
    }

    private TestExecutionResult execute(SyncTestDescriptor test) {
        try {
            SyncSettings settings = SyncSettings.from(parameters);
            try (Target target = Targets.open(settings.target())) {
                return test.kind == SyncTestDescriptor.Kind.CONSISTENCY ? consistency(test, settings, target)
                        : headerSync(test, target);
            }
        } catch (RuntimeException | IOException e) {
            return TestExecutionResult.failed(new AssertionError("the sync suite could not run: " + e.getMessage(), e));
        }
    }

    private TestExecutionResult consistency(SyncTestDescriptor test, SyncSettings settings, Target target)
            throws IOException {
        publish(test, Map.of("imap.seed", Long.toString(settings.seed())));
        SyncChecker.Report report = new SyncChecker(target, settings.config()).check(settings.seed());
        Latencies push = report.pushLatency();
        if (push.count() > 0) {
            publish(test, Map.of("imap.measure.idle-push-p50-ms", millis(push.p50Millis()),
                    "imap.measure.idle-push-p90-ms", millis(push.p90Millis()),
                    "imap.measure.idle-push-p99-ms", millis(push.p99Millis()),
                    "imap.measure.idle-push-max-ms", millis(push.maxMillis())));
        }
        publish(test, Map.of("imap.measure.sync-steps", Integer.toString(report.original().steps()),
                "imap.measure.sync-devices", Integer.toString(report.original().devicesUsed())));
        if (report.passed()) {
            return TestExecutionResult.successful();
        }
        Files.createDirectories(settings.out());
        Path replay = settings.out().resolve("sync-failure-" + settings.seed() + ".imap");
        Files.writeString(replay, report.scenario());
        publish(test, Map.of("imap.replay", replay.toString(),
                "imap.measure.sync-shrunk-steps", Integer.toString(report.shrunk().steps()),
                "imap.measure.sync-shrunk-devices", Integer.toString(report.shrunk().devicesUsed())));
        return TestExecutionResult.failed(new AssertionError(report.original().first().describe()
                + "\nshrunk to " + report.shrunk().steps() + " steps on " + report.shrunk().devicesUsed()
                + " devices; replay with: " + replay + " (seed " + settings.seed() + ")"));
    }

    private TestExecutionResult headerSync(SyncTestDescriptor test, Target target) {
        HeaderSync.Result r = HeaderSync.measure(target, Corpus.all().stream().map(Corpus.Entry::bytes).toList());
        publish(test, Map.of("imap.measure.header-sync-ratio", String.format(Locale.ROOT, "%.4f", r.ratio()),
                "imap.measure.header-sync-bytes", Long.toString(r.headerBytes()),
                "imap.measure.full-sync-bytes", Long.toString(r.fullBytes())));
        return TestExecutionResult.successful();
    }

    /** In key order: Map.of iterates in an order that changes from JVM to JVM, and summaries print this. */
    private void publish(TestDescriptor test, Map<String, String> unordered) {
        Map<String, String> entries = new TreeMap<>(unordered);
        listener.reportingEntryPublished(test, ReportEntry.from(entries));
        runEntries.putAll(entries);
    }

    private static String millis(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}

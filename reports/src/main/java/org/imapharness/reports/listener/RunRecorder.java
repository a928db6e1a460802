package org.imapharness.reports.listener;

import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.imapharness.reports.ReportKeys;
import org.imapharness.reports.model.Check;
import org.imapharness.reports.model.Outcome;
import org.imapharness.reports.model.Run;
import org.imapharness.reports.model.TargetInfo;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Collects one test plan's events into a {@link Run}. Methods are synchronized: engines may run
 * tests in parallel, and events are few next to the tests' own work.
 */
final class RunRecorder {
    private final TestPlan plan;
    private final ReplayFiles replays;
    private final String targetUri;
    private final boolean insecure;
    private final Instant started = Instant.now();
    private final long startNanos = System.nanoTime();
    private final Map<String, Long> startTimes = new HashMap<>();
    private final Map<String, Map<String, String>> testEntries = new HashMap<>();
    private final Map<String, Check> checks = new LinkedHashMap<>();
    private final Map<String, String> runMeasurements = new LinkedHashMap<>();
    private final Map<String, Long> quirks = new LinkedHashMap<>();
    private final Map<String, List<String>> capabilities = new HashMap<>();
    private String loadReport = "";

    RunRecorder(TestPlan plan, ReplayFiles replays, String targetUri, boolean insecure) {
        this.plan = plan;
        this.replays = replays;
        this.targetUri = targetUri;
        this.insecure = insecure;
    }

    synchronized void started(TestIdentifier id) {
        startTimes.put(id.getUniqueId(), System.nanoTime());
    }

    synchronized void skipped(TestIdentifier id, String reason) {
        for (TestIdentifier test : testsUnder(id)) {
            checks.putIfAbsent(test.getUniqueId(), check(test, Outcome.SKIPPED, reason, "", 0));
        }
    }

    synchronized void finished(TestIdentifier id, TestExecutionResult result) {
        long ms = Optional.ofNullable(startTimes.remove(id.getUniqueId()))
                .map(t -> (System.nanoTime() - t) / 1_000_000).orElse(0L);
        if (id.isTest()) {
            Outcome outcome = FailureText.outcome(result);
            String text = result.getThrowable().map(FailureText::describe).orElse("");
            checks.put(id.getUniqueId(), check(id, outcome, FailureText.firstLine(text), text, ms));
        } else if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
            // A failed container (a @BeforeAll, an engine) leaves its tests unreported: they count as
            // ERRORED (or SKIPPED when aborted) with the container's reason rather than vanish.
            String text = result.getThrowable().map(FailureText::describe).orElse("container " + id.getDisplayName());
            Outcome outcome = result.getStatus() == TestExecutionResult.Status.ABORTED ? Outcome.SKIPPED : Outcome.ERRORED;
            for (TestIdentifier test : testsUnder(id)) {
                checks.putIfAbsent(test.getUniqueId(), check(test, outcome, FailureText.firstLine(text), text, 0));
            }
        }
    }

    synchronized void entry(TestIdentifier id, ReportEntry entry) {
        for (Map.Entry<String, String> kv : entry.getKeyValuePairs().entrySet()) {
            String key = kv.getKey();
            String value = kv.getValue();
            if (key.startsWith(ReportKeys.QUIRK_PREFIX)) {
                quirks.merge(key.substring(ReportKeys.QUIRK_PREFIX.length()), count(value), Long::sum);
            } else if (key.equals(ReportKeys.LOAD_REPORT)) {
                loadReport = value;
            } else if (key.startsWith("imap.capabilities.")) {
                capabilities.put(key, capabilityList(value));
            } else if (id.isTest()) {
                testEntries.computeIfAbsent(id.getUniqueId(), k -> new LinkedHashMap<>()).put(key, value);
            } else if (key.startsWith(ReportKeys.MEASURE_PREFIX)) {
                runMeasurements.put(key.substring(ReportKeys.MEASURE_PREFIX.length()), value);
            }
        }
    }

    synchronized Run toRun() {
        List<String> after = capabilities.getOrDefault(ReportKeys.CAPABILITIES_POST_LOGIN,
                capabilities.getOrDefault(ReportKeys.CAPABILITIES_ADVERTISED, List.of()));
        TargetInfo target = new TargetInfo(targetUri, insecure,
                capabilities.getOrDefault(ReportKeys.CAPABILITIES_PRE_LOGIN, List.of()), after,
                capabilities.getOrDefault(ReportKeys.CAPABILITIES_UNTESTED, List.of()));
        long ms = (System.nanoTime() - startNanos) / 1_000_000;
        return Run.of(target, started.toString(), ms, new ArrayList<>(checks.values()), runMeasurements, quirks,
                loadReport);
    }

    private Check check(TestIdentifier id, Outcome outcome, String reason, String text, long ms) {
        CheckTags tags = CheckTags.read(tagsWithAncestors(id), id.getSource(), engineId(id));
        Map<String, String> entries = testEntries.getOrDefault(id.getUniqueId(), Map.of());
        FailureText split = FailureText.split(outcome.isProblem() ? text : "");
        String transcript = entries.getOrDefault(ReportKeys.TRANSCRIPT, split.transcript());
        String replay = "";
        String report = split.report();
        try {
            if (entries.containsKey(ReportKeys.REPLAY)) {
                replay = replays.copy(entries.get(ReportKeys.REPLAY));
            } else if (outcome.isProblem()) {
                replay = replays.copy(id.getSource());
            }
        } catch (UncheckedIOException e) {
            // The check's result matters more than its replay file: keep it, and say what is missing.
            report = report + "\n(" + e.getMessage() + ": " + e.getCause().getMessage() + ")";
        }
        Map<String, String> measurements = new LinkedHashMap<>();
        entries.forEach((k, v) -> {
            if (k.startsWith(ReportKeys.MEASURE_PREFIX)) {
                measurements.put(k.substring(ReportKeys.MEASURE_PREFIX.length()), v);
            }
        });
        return new Check(id.getUniqueId(), name(id), tags.suite(), tags.rfc(), tags.level(), tags.capabilities(),
                tags.all(), outcome, reason, ms, report, transcript, replay,
                entries.getOrDefault(ReportKeys.SEED, ""), measurements);
    }

    /** Jupiter methods read better with their class: {@code SecurityChecks › starttlsFlushes()}. */
    private String name(TestIdentifier id) {
        return plan.getParent(id).filter(p -> p.getParentId().isPresent())
                .map(p -> p.getDisplayName() + " › " + id.getDisplayName()).orElse(id.getDisplayName());
    }

    private Set<String> tagsWithAncestors(TestIdentifier id) {
        Set<String> tags = new LinkedHashSet<>();
        for (Optional<TestIdentifier> at = Optional.of(id); at.isPresent(); at = at.flatMap(plan::getParent)) {
            at.get().getTags().stream().map(TestTag::getName).forEach(tags::add);
        }
        return tags;
    }

    private static String engineId(TestIdentifier id) {
        return UniqueId.parse(id.getUniqueId()).getEngineId().orElse("");
    }

    private List<TestIdentifier> testsUnder(TestIdentifier id) {
        if (id.isTest()) {
            return List.of(id);
        }
        return plan.getDescendants(id).stream().filter(TestIdentifier::isTest).toList();
    }

    /** {@code IMAP4rev1 IDLE} or {@code A, B}; {@code none} and {@code unknown (why)} are empty lists. */
    private static List<String> capabilityList(String value) {
        String v = value.strip();
        if (v.equalsIgnoreCase("none") || v.toLowerCase(Locale.ROOT).startsWith("unknown")) {
            return List.of();
        }
        return Arrays.stream(v.split("[\\s,]+")).filter(w -> !w.isEmpty()).toList();
    }

    private static long count(String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}

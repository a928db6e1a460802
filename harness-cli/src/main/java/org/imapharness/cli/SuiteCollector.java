package org.imapharness.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.imapharness.reports.ReportKeys;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Gathers a run's results for the summary and the exit code: every finished test, a container
 * that failed (so an engine or class-level failure is never lost), and the {@code imap.*} report
 * entries engines publish about the whole run (e.g. {@code imap.capabilities.untested}).
 */
final class SuiteCollector implements TestExecutionListener {
    private final ProgressLine progress;
    private final List<SuiteTestResult> results = new ArrayList<>();
    private final Map<String, String> runEntries = new LinkedHashMap<>();
    private TestPlan plan;
    private long total;
    private long notPassing;

    SuiteCollector(ProgressLine progress) {
        this.progress = progress;
    }

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        plan = testPlan;
        total = testPlan.countTestIdentifiers(TestIdentifier::isTest);
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        progress.finish();
    }

    @Override
    public synchronized void executionSkipped(TestIdentifier id, String reason) {
        if (id.isTest()) {
            add(SuiteTestResult.skipped(id, reason));
        } else if (plan != null) {
            plan.getDescendants(id).stream().filter(TestIdentifier::isTest)
                    .forEach(t -> add(SuiteTestResult.skipped(t, reason)));
        }
    }

    @Override
    public synchronized void executionFinished(TestIdentifier id, TestExecutionResult result) {
        if (id.isTest() || result.getStatus() == TestExecutionResult.Status.FAILED) {
            add(SuiteTestResult.finished(id, result));
        }
    }

    @Override
    public synchronized void reportingEntryPublished(TestIdentifier id, ReportEntry entry) {
        // Tolerated quirks are counted per scenario; the summary shows their sum over the run.
        entry.getKeyValuePairs().forEach((k, v) -> {
            if (k.startsWith(ReportKeys.QUIRK_PREFIX)) {
                runEntries.merge(k, v, (a, b) -> Long.toString(Long.parseLong(a) + Long.parseLong(b)));
            }
        });
        if (!id.isTest()) {
            entry.getKeyValuePairs().forEach((k, v) -> {
                if (k.startsWith("imap.")) {
                    runEntries.put(k, v);
                }
            });
        }
    }

    private void add(SuiteTestResult result) {
        results.add(result);
        if (result.status() == SuiteTestResult.Status.FAILED || result.status() == SuiteTestResult.Status.ERRORED) {
            notPassing++;
        }
        progress.update(results.size(), total, notPassing);
    }

    long total() {
        return total;
    }

    synchronized List<SuiteTestResult> results() {
        return List.copyOf(results);
    }

    synchronized Map<String, String> runEntries() {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(runEntries));
    }
}

package org.imapharness.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.junit.platform.commons.PreconditionViolationException;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TagFilter;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.reporting.legacy.xml.LegacyXmlReportGeneratingListener;

/**
 * Runs a suite on the JUnit Platform for a subcommand (DESIGN.md §3): discovery from selectors,
 * tag filters and configuration parameters; a progress line on stderr; JUnit XML under
 * {@code <out>/junit}; a one-screen summary on stdout; and the exit code. Listeners registered
 * through {@code ServiceLoader} (the reports module's) run too and find {@code imap.reports.dir}.
 *
 * <pre>{@code
 * SuiteLauncher.Outcome outcome = SuiteLauncher.run(new SuiteLauncher.Request("conformance",
 *         List.of(selectPackage("scenarios.rfc3501")), List.of("MUST"), List.of(ImapScenarioEngine.ID),
 *         target.engineParameters(), out.directory()), spec.commandLine().getOut(), spec.commandLine().getErr());
 * return outcome.exitCode();
 * }</pre>
 */
final class SuiteLauncher {
    /** Exit code: every MUST-level test passed (SHOULD/MAY failures are reported only). */
    static final int PASSED = 0;
    /** Exit code: a MUST-level (or level-less) test failed or could not run. */
    static final int FAILED = 1;
    /** Exit code: nothing could be checked (target unusable, nothing selected, bad tag expression). */
    static final int UNUSABLE = 2;

    private SuiteLauncher() {
    }

    /**
     * What to run.
     *
     * @param title       names the run in the progress line and the summary ({@code conformance})
     * @param selectors   what to discover, e.g. {@code selectPackage("scenarios.rfc3501")}
     * @param includeTags JUnit tag expressions, any of which selects a test ({@code rfc3501-6.4.5},
     *                    {@code MUST & !cap-IDLE}); empty selects every test
     * @param engines     engine ids to run ({@code imap-scenarios}); empty runs every engine found
     * @param parameters  configuration parameters ({@code imap.target}, ...); {@code imap.reports.dir}
     *                    is added, pointing at {@code out}
     * @param out         the report directory, already created
     */
    record Request(String title, List<DiscoverySelector> selectors, List<String> includeTags, List<String> engines,
                   Map<String, String> parameters, Path out) {
        public Request {
            Objects.requireNonNull(title, "title");
            selectors = List.copyOf(selectors);
            includeTags = List.copyOf(includeTags);
            engines = List.copyOf(engines);
            parameters = Map.copyOf(parameters);
            Objects.requireNonNull(out, "out");
        }
    }

    /**
     * What happened.
     *
     * @param exitCode   {@link #PASSED}, {@link #FAILED} or {@link #UNUSABLE}
     * @param results    every finished or skipped test, in execution order
     * @param runEntries the {@code imap.*} report entries engines published about the whole run
     * @param problem    why nothing could be checked (for {@link #UNUSABLE}); otherwise empty
     * @param junitXml   the directory holding the JUnit XML files
     */
    record Outcome(int exitCode, List<SuiteTestResult> results, Map<String, String> runEntries, String problem,
                   Path junitXml) {
        public Outcome {
            results = List.copyOf(results);
            runEntries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(runEntries));
        }

        long count(SuiteTestResult.Status status) {
            return results.stream().filter(r -> r.status() == status).count();
        }

        /** Judges a run: see the exit code constants. */
        static Outcome judge(List<SuiteTestResult> results, Map<String, String> runEntries, Path junitXml) {
            if (results.isEmpty()) {
                return new Outcome(UNUSABLE, results, runEntries, "no test matched the selection", junitXml);
            }
            boolean verdict = results.stream().anyMatch(r -> r.status() == SuiteTestResult.Status.PASSED
                    || r.status() == SuiteTestResult.Status.FAILED);
            Set<String> problems = new LinkedHashSet<>();
            results.stream().map(SuiteTestResult::problem).filter(p -> !p.isEmpty()).forEach(problems::add);
            if (!verdict && !problems.isEmpty()) {
                return new Outcome(UNUSABLE, results, runEntries, String.join("\n", problems), junitXml);
            }
            int code = results.stream().anyMatch(SuiteTestResult::breaksMust) ? FAILED : PASSED;
            return new Outcome(code, results, runEntries, "", junitXml);
        }
    }

    /**
     * Runs the request and prints the summary to {@code out} (progress goes to {@code err}).
     *
     * @throws UsageProblem for a malformed tag expression
     */
    static Outcome run(Request request, PrintWriter out, PrintWriter err) {
        LauncherDiscoveryRequest discovery = discoveryRequest(request);
        Path junitXml = request.out().resolve("junit");
        ProgressLine progress = new ProgressLine(err, request.title(), System.console() != null);
        SuiteCollector collector = new SuiteCollector(progress);
        Launcher launcher = LauncherFactory.create();
        try {
            launcher.execute(discovery, collector, new LegacyXmlReportGeneratingListener(junitXml, err));
        } catch (PreconditionViolationException e) {
            throw new UsageProblem(e.getMessage());
        }
        Outcome outcome = Outcome.judge(collector.results(), collector.runEntries(), junitXml);
        SuiteSummary.print(request.title(), outcome, out);
        out.flush();
        return outcome;
    }

    private static LauncherDiscoveryRequest discoveryRequest(Request request) {
        Map<String, String> parameters = new LinkedHashMap<>(request.parameters());
        parameters.put("imap.reports.dir", request.out().toString());
        LauncherDiscoveryRequestBuilder builder = LauncherDiscoveryRequestBuilder.request()
                .selectors(request.selectors())
                .configurationParameters(parameters);
        try {
            if (!request.includeTags().isEmpty()) {
                builder.filters(TagFilter.includeTags(request.includeTags()));
            }
            if (!request.engines().isEmpty()) {
                builder.filters(EngineFilter.includeEngines(request.engines()));
            }
            return builder.build();
        } catch (PreconditionViolationException e) {
            throw new UsageProblem("--tag: " + e.getMessage());
        }
    }
}

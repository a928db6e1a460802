package org.imapharness.reports;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;
import static org.junit.platform.launcher.EngineFilter.includeEngines;
import static org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder.request;

import java.nio.file.Path;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

/**
 * Runs the real imap-scenarios engine through the Launcher, as the CLI and Surefire do, so the
 * ReportingListener is picked up from META-INF/services like in production.
 */
final class ScenarioRuns {
    /** Scenarios of this module's tests: one failing, one skipped, one broken, one hostile, one passing. */
    static final Path SCENARIOS = Path.of("src/test/resources/report-scenarios");

    private ScenarioRuns() {
    }

    static void run(Path reports, String target, String... classpathScenarios) {
        var builder = request().selectors(selectDirectory(SCENARIOS.toFile()))
                .filters(includeEngines("imap-scenarios"))
                .configurationParameter("imap.target", target)
                .configurationParameter(ReportKeys.REPORTS_DIR, reports.toString());
        for (String resource : classpathScenarios) {
            builder.selectors(selectClasspathResource(resource));
        }
        LauncherFactory.create().execute(builder.build(), new SummaryGeneratingListener());
    }
}

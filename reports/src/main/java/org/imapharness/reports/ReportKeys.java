package org.imapharness.reports;

/**
 * The names by which engines and tests hand the reports what JUnit's own events do not carry:
 * configuration parameters, and keys of JUnit {@code ReportEntry} values
 * ({@code TestReporter.publishEntry}, {@code EngineExecutionListener.reportingEntryPublished}).
 * An entry on a test belongs to that check; on a container, to the whole run.
 */
public final class ReportKeys {
    private ReportKeys() {
    }

    /** Configuration parameter (or system property): the directory to write every report into. */
    public static final String REPORTS_DIR = "imap.reports.dir";
    /** Configuration parameter (or system property): a previous {@code run.json} to compare with. */
    public static final String BASELINE = "imap.reports.baseline";

    /** Prefix of measurements, e.g. {@code imap.measure.idle-latency-p99-ms=12}. */
    public static final String MEASURE_PREFIX = "imap.measure.";
    /** Prefix of quirk counts, e.g. {@code imap.quirk.missing-space-before-text=3}; counts add up over the run. */
    public static final String QUIRK_PREFIX = "imap.quirk.";
    /** The seed that reproduces a check. */
    public static final String SEED = "imap.seed";
    /** Path of a file that replays a check (a scenario file, a fuzz input). */
    public static final String REPLAY = "imap.replay";
    /** The check's traffic as {@code C:} / {@code S:} lines. */
    public static final String TRANSCRIPT = "imap.transcript";
    /** Path or URL of Gatling's HTML report for a load run. */
    public static final String LOAD_REPORT = "imap.load.report";
    /** Capabilities the target advertised (space separated), used as the post-login list when that is missing. */
    public static final String CAPABILITIES_ADVERTISED = "imap.capabilities.advertised";
    /** Capabilities advertised before login (greeting or CAPABILITY before authentication). */
    public static final String CAPABILITIES_PRE_LOGIN = "imap.capabilities.pre-login";
    /** Capabilities advertised after login. */
    public static final String CAPABILITIES_POST_LOGIN = "imap.capabilities.post-login";
    /**
     * Advertised capabilities that no executed check exercised. For every capability key the
     * values {@code none} and {@code unknown (reason)} mean an empty list.
     */
    public static final String CAPABILITIES_UNTESTED = "imap.capabilities.untested";
}

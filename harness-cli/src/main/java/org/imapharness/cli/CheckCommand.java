package org.imapharness.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.imapharness.core.config.Durations;
import org.imapharness.reports.ReportKeys;
import org.junit.platform.engine.DiscoverySelector;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code check}: the main job. Conformance, security and a short sync and fuzz run against one
 * target, as ONE JUnit Platform run, so one progress line, one summary and one report directory
 * ({@link CheckSuite#ALL} lists the suites). A suite whose engine is not on the class path is
 * reported as not available. The target is tried once first ({@link TargetPreflight}): a target
 * that cannot be tested is one line and exit code 2.
 */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"The main job: RFC conformance, security, and a short multi-device sync and fuzz run "
                + "against one target (the bundled reference server by default), with one summary and one "
                + "report directory (index.html, run.json, JUnit XML, allure-results)."},
        footer = {"%nExamples:",
            "  imap-harness check",
            "      everything against the bundled reference server, in-process",
            "  imap-harness check --target imaps://mail.example.com \\",
            "      --user-template 'test%%d' --password-file pw",
            "  imap-harness check --target 'imap://127.0.0.1:3143?tls=none' \\",
            "      --user u --password p --skip fuzz,sync",
            "  imap-harness check --duration 2m --devices 5 --seed 42 --out nightly",
            "      longer sync and fuzz runs; the same seed replays the same traffic",
            "  imap-harness check --tag MUST --baseline last-release/run.json",
            "      CI gate: exit 1 only for checks that passed in the baseline",
            "      and fail now",
            "  imap-harness check --target 'embedded?fault=peek-sets-seen'",
            "      watch the suites catch a deliberately broken server",
            "%nDurations: 500ms, 20s, 5m, 1m30s.",
            "%nExit codes:",
            "  0  every MUST requirement passed (SHOULD/MAY failures are reported)",
            "  1  a MUST requirement failed or could not be checked",
            "     (with --baseline: a check regressed)",
            "  2  usage error, or the target is unusable (unreachable, TLS",
            "     failure, login refused, not an IMAP server)"})
final class CheckCommand extends SuiteCommand {
    @Mixin
    QuirkArgs quirkArgs;

    @Option(names = "--tag", paramLabel = "EXPR",
            description = "Run only tests with these tags (repeatable; JUnit tag expressions): MUST, rfc3501-6.4.5, "
                    + "suite-security, cap-IDLE, 'MUST & !cap-IDLE'.")
    List<String> tags = new ArrayList<>();

    @Option(names = "--duration", paramLabel = "DURATION", defaultValue = "20s", converter = DurationConverter.class,
            description = "Time budget of each timed suite, sync and fuzz (default ${DEFAULT-VALUE}).")
    Duration duration;

    @Option(names = "--devices", paramLabel = "N", defaultValue = "3",
            description = "Devices (sessions) sharing one account in the sync run (default ${DEFAULT-VALUE}).")
    int devices;

    @Option(names = "--seed", paramLabel = "N",
            description = "Seed for the generated sync and fuzz traffic (default: random, printed so the run replays).")
    Long seed;

    @Option(names = "--harsh", description = "Also run the security checks that load the server (not for production).")
    boolean harsh;

    @Option(names = "--skip", paramLabel = "SUITE", split = ",",
            description = "Leave out these suites: conformance, security, sync, fuzz.")
    List<String> skip = new ArrayList<>();

    @Option(names = "--timeout", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Longest wait for each expected response (default 10s).")
    Duration timeout;

    @Option(names = "--baseline", paramLabel = "RUN_JSON",
            description = "A previous run.json: mark each check new-fail / fixed / unchanged; "
                    + "fail only on regressions.")
    Path baseline;

    @Override
    int run() {
        Map<String, String> notRun = new LinkedHashMap<>();
        List<CheckSuite> suites = available(notRun);
        BaselineGate gate = baseline == null ? null : BaselineGate.load(baseline);
        Path reports = out.directory();
        CheckSettings settings = new CheckSettings(duration, devices,
                seed != null ? seed : ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE), harsh, reports);
        ServerLogs.warningsOnly();
        String description = TargetPreflight.verify(target.options(),
                timeout != null ? timeout : TargetPreflight.DEFAULT_TIMEOUT);
        announce(description, details(suites, settings), reports);
        SuiteLauncher.Outcome outcome = launch(new SuiteLauncher.Request("check", selectors(suites), tags,
                suites.stream().map(CheckSuite::engine).distinct().toList(), parameters(suites, settings), reports));
        CheckSummary.print(suites, notRun, outcome, reports, stdout());
        boolean gated = gate != null && outcome.exitCode() != SuiteLauncher.UNUSABLE;
        int code = gated ? gate.judge(reports, stdout()) : outcome.exitCode();
        CheckSummary.verdict(code, gated, stdout());
        return code;
    }

    /** The suites to run: not skipped, engine on the class path. The others go to {@code notRun}, with why. */
    private List<CheckSuite> available(Map<String, String> notRun) {
        Set<CheckSuite> skipped = skip.stream().map(CheckSuite::named).collect(Collectors.toSet());
        Set<String> engines = CheckSuite.enginesOnClasspath();
        List<CheckSuite> suites = new ArrayList<>();
        for (CheckSuite suite : CheckSuite.ALL) {
            if (skipped.contains(suite)) {
                notRun.put(suite.name(), "skipped (--skip)");
            } else if (!engines.contains(suite.engine())) {
                notRun.put(suite.name(), "not available: its engine " + suite.engine() + " is not on the class path");
            } else {
                suites.add(suite);
            }
        }
        if (suites.isEmpty()) {
            throw new UsageProblem("no suite left to run: " + notRun);
        }
        return suites;
    }

    /** The announcement's details: with the target, enough to repeat the run (suites, budget, seed, tags). */
    private String details(List<CheckSuite> suites, CheckSettings settings) {
        return "; suites " + suites.stream().map(CheckSuite::name).collect(Collectors.joining(", "))
                + (suites.stream().anyMatch(CheckSuite::timed) ? "; " + Durations.format(duration) + " per timed suite"
                : "") + "; seed " + settings.seed() + (tags.isEmpty() ? "" : "; tags " + String.join(", ", tags));
    }

    private static List<DiscoverySelector> selectors(List<CheckSuite> suites) {
        return suites.stream().flatMap(s -> s.selectors().stream()).toList();
    }

    private Map<String, String> parameters(List<CheckSuite> suites, CheckSettings settings) {
        Map<String, String> parameters = targetParameters();
        parameters.put(ReportKeys.SEED, Long.toString(settings.seed()));
        if (timeout != null) {
            parameters.put("imap.timeout", Durations.format(timeout));
        }
        if (baseline != null) {
            parameters.put(ReportKeys.BASELINE, baseline.toString());
        }
        quirkArgs.putInto(parameters);
        suites.forEach(s -> parameters.putAll(s.parameters().apply(settings)));
        return parameters;
    }
}

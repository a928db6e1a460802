package org.imapharness.cli;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.imapharness.core.engine.ImapScenarioEngine;
import org.junit.platform.engine.DiscoverySelector;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code conformance}: the RFC 3501 and extension scenario suites against a target, on the
 * {@code imap-scenarios} engine through {@link SuiteLauncher}. Same results as
 * {@code mvn verify -Dimap.target=...}, since both are one JUnit Platform run.
 */
@Command(name = "conformance", mixinStandardHelpOptions = true,
        description = "Checks a server against the RFC 3501 and extension scenario suites, section by section.",
        footer = {"%nExamples:",
            "  imap-harness conformance",
            "      the bundled reference server, in-process",
            "  imap-harness conformance --target imaps://mail.example.com --user-template 'test%%d' --password-file pw",
            "  imap-harness conformance --target imap://127.0.0.1:3143?tls=none --user u --password p --tag MUST",
            "  imap-harness conformance --tag 'rfc3501-6.4.5 | rfc3501-6.4.6' --scenarios ./my-scenarios",
            "  imap-harness conformance --target 'embedded?fault=peek-sets-seen'",
            "      watch the suite catch a deliberately broken server (reference-server FAULTS.md)",
            "%nExit codes: 0 every MUST requirement passed (SHOULD/MAY failures are only reported),",
            "  1 a MUST requirement failed or could not be checked, 2 usage error or target unusable."})
final class ConformanceCommand extends SuiteCommand {
    /** The built-in suites: classpath packages of the scenarios module. */
    static final List<String> SUITES = List.of("scenarios.rfc3501", "scenarios.extensions");

    @Mixin
    QuirkArgs quirkArgs;

    @Option(names = "--tag", paramLabel = "EXPR",
            description = "Run only tests with these tags (repeatable; JUnit tag expressions): rfc3501-6.4.5, "
                    + "MUST, SHOULD, cap-IDLE, 'MUST & !cap-IDLE'.")
    List<String> tags = new ArrayList<>();

    @Option(names = "--scenarios", paramLabel = "DIR",
            description = "Also run the .imap scenario files in this directory (repeatable).")
    List<Path> scenarioDirs = new ArrayList<>();

    @Option(names = "--timeout", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Longest wait for each expected response (default 10s).")
    Duration timeout;

    @Override
    int run() {
        List<DiscoverySelector> selectors = new ArrayList<>();
        SUITES.forEach(s -> selectors.add(selectPackage(s)));
        for (Path dir : scenarioDirs) {
            if (!Files.isDirectory(dir)) {
                throw new UsageProblem("--scenarios " + dir + ": not a directory");
            }
            selectors.add(selectDirectory(dir.toFile()));
        }
        Map<String, String> parameters = targetParameters();
        putMillis(parameters, "imap.timeout", timeout);
        quirkArgs.putInto(parameters);
        Path reports = out.directory();
        announce(tags.isEmpty() ? "" : ", tags " + String.join(", ", tags), reports);
        return launch(new SuiteLauncher.Request("conformance", selectors, tags, List.of(ImapScenarioEngine.ID),
                parameters, reports)).exitCode();
    }
}

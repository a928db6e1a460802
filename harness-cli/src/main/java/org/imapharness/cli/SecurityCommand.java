package org.imapharness.cli;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.imapharness.scenarios.security.ImapSecurityEngine;
import org.imapharness.scenarios.security.SecuritySettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code security}: the security checks (transport, authentication, input limits, response
 * injection, session lifetime) against a target, on the {@code imap-security} engine through
 * {@link SuiteLauncher}. The checks that load the server run only with {@code --harsh}; every run
 * stays inside the safety budget ({@code imap.security.max-connections} / {@code max-bytes}).
 */
@Command(name = "security", mixinStandardHelpOptions = true,
        description = "Checks a server for STARTTLS injection, weak TLS, credential leaks, missing input limits, "
                + "response forgery and unbounded sessions.",
        footer = {"%nExamples:",
            "  imap-harness security",
            "      the bundled reference server, in-process, both its ports",
            "  imap-harness security --target imap://mail.example.com:143 --second-target imaps://mail.example.com:993 \\",
            "      --user-template 'test%%d' --password-file pw",
            "  imap-harness security --target imaps://mail.example.com --user u --password-file pw --harsh",
            "      also the checks that load the server (huge sequence sets, SEARCH blow-ups)",
            "  imap-harness security --tag security-transport --tag rfc3501-6.2.1",
            "  imap-harness security --target 'embedded?fault=starttls-keeps-pipelined'",
            "      watch the suite catch a deliberately broken server (reference-server FAULTS.md)",
            "%nChecks, settings and the reference server's defaults: docs/security.md.",
            "%nExit codes: 0 every MUST check passed (SHOULD/MAY failures are only reported),",
            "  1 a MUST check failed or could not run, 2 usage error or target unusable."})
final class SecurityCommand extends SuiteCommand {
    static final String PACKAGE = "org.imapharness.scenarios.security";

    @Option(names = "--harsh",
            description = "Also run the checks that load the server (tagged harsh). Off by default: a run against "
                    + "production must not turn into a load test.")
    boolean harsh;

    @Option(names = "--tag", paramLabel = "EXPR",
            description = "Run only checks with these tags (repeatable; JUnit tag expressions): MUST, SHOULD, "
                    + "rfc3501-6.2.1, security-transport, security-authentication, security-limits, "
                    + "security-injection, security-session, harsh.")
    List<String> tags = new ArrayList<>();

    @Option(names = "--second-target", paramLabel = "URI",
            description = "The same server's other port (imaps://host:993 beside imap://host:143, or the other way), "
                    + "so STARTTLS and implicit TLS are both checked.")
    String secondTarget;

    @Option(names = "--timeout", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Longest wait for one answer (default 10s; limit checks allow three times this).")
    Duration timeout;

    @Option(names = "--close-bound", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "How long a silent or trickling unauthenticated connection may stay open (default 5m).")
    Duration closeBound;

    @Option(names = "--autologout-probe", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "How long an idle logged-in session is held to show it is not logged out early "
                    + "(default 65s; 31m checks RFC 3501 §5.4's 30 minutes fully).")
    Duration autologoutProbe;

    /** The engine's configuration parameters from the flags. */
    Map<String, String> parameters() {
        Map<String, String> parameters = targetParameters();
        parameters.put(SecuritySettings.HARSH, String.valueOf(harsh));
        if (secondTarget != null) {
            parameters.put("imap.security.second-target", secondTarget);
        }
        putMillis(parameters, "imap.timeout", timeout);
        putMillis(parameters, "imap.security.close-bound", closeBound);
        putMillis(parameters, "imap.security.autologout-probe", autologoutProbe);
        return parameters;
    }

    @Override
    int run() {
        Path reports = out.directory();
        announce((harsh ? ", harsh checks on" : ", harsh checks skipped (--harsh runs them)")
                + (tags.isEmpty() ? "" : ", tags " + String.join(", ", tags)), reports);
        return launch(new SuiteLauncher.Request("security", List.of(selectPackage(PACKAGE)), tags,
                List.of(ImapSecurityEngine.ID), parameters(), reports)).exitCode();
    }
}

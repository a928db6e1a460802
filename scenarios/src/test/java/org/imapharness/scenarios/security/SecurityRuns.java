package org.imapharness.scenarios.security;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.imapharness.server.ImapServer;
import org.imapharness.server.RunningServer;
import org.imapharness.server.auth.InlineUser;
import org.imapharness.server.config.ServerConfigBuilder;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/** Starts reference servers for the proof tests and runs the security engine against them. */
final class SecurityRuns {
    static final String PASSWORD = "secret";

    private SecurityRuns() {
    }

    /** A reference server with both ports, user1..user4 and default settings, adjusted by {@code config}. */
    static RunningServer server(Consumer<ServerConfigBuilder> config) {
        ServerConfigBuilder builder = org.imapharness.server.config.ServerConfig.builder().port(0).tlsPort(0);
        for (int n = 1; n <= 4; n++) {
            builder.addUser(new InlineUser("user" + n, PASSWORD));
        }
        config.accept(builder);
        return ImapServer.start(builder.build());
    }

    /** The engine against {@code server}'s two ports; {@code checks} empty runs all. */
    static EngineExecutionResults run(RunningServer server, Map<String, String> extra, String... checks) {
        try {
            Path pem = Files.createTempFile("reference-ca", ".pem");
            Files.writeString(pem, server.certificatePem());
            pem.toFile().deleteOnExit();
            String host = server.address().getHostAddress();
            var kit = EngineTestKit.engine(ImapSecurityEngine.ID)
                    .configurationParameter("imap.target", "imap://" + host + ":" + server.plainPort())
                    .configurationParameter("imap.security.second-target", "imaps://" + host + ":" + server.tlsPort())
                    .configurationParameter("imap.certificate", pem.toString())
                    .configurationParameter("imap.user-template", "user%d")
                    .configurationParameter("imap.password", PASSWORD)
                    .configurationParameter("imap.timeout", "5s")
                    .configurationParameter("imap.security.close-bound", "8s")
                    .configurationParameter("imap.security.autologout-probe", "3s")
                    .configurationParameter("imap.security.slowloris-interval", "500ms")
                    .configurationParameters(extra);
            if (checks.length == 0) {
                kit.selectors(selectPackage("org.imapharness.scenarios.security"));
            } else {
                for (String check : checks) {
                    kit.selectors(selectUniqueId(UniqueId.forEngine(ImapSecurityEngine.ID).append("check", check)));
                }
            }
            return kit.execute();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Check id to the evidence it published ({@code imap.security.evidence}), passes included. */
    static Map<String, String> evidence(EngineExecutionResults results) {
        Map<String, String> out = new TreeMap<>();
        results.allEvents().reportingEntryPublished().stream().forEach(e -> e.getPayload(ReportEntry.class)
                .ifPresent(r -> out.put(e.getTestDescriptor().getLegacyReportingName(),
                        r.getKeyValuePairs().getOrDefault("imap.security.evidence", ""))));
        return out;
    }

    /** Check id to status and message, e.g. {@code FAILED: starttls-injection (...): evidence}. */
    static Map<String, String> outcomes(EngineExecutionResults results) {
        Map<String, String> out = new TreeMap<>();
        // An engine that broke down runs no test at all; say why instead of returning nothing.
        results.containerEvents().failed().stream().forEach(e -> e.getPayload(TestExecutionResult.class)
                .flatMap(TestExecutionResult::getThrowable).ifPresent(t -> {
                    throw new AssertionError("the security engine failed: " + t, t);
                }));
        results.testEvents().finished().stream().forEach(e -> {
            TestExecutionResult r = e.getPayload(TestExecutionResult.class).orElseThrow();
            out.put(e.getTestDescriptor().getLegacyReportingName(), r.getStatus() + r.getThrowable()
                    .map(t -> ": " + t.getMessage()).orElse(""));
        });
        return out;
    }
}

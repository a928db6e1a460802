package org.imapharness.cli;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Locale;
import org.imapharness.core.client.BlockingImapClient;
import org.imapharness.core.client.GreetingRejectedException;
import org.imapharness.core.client.ImapClientConfig;
import org.imapharness.core.client.RootCause;
import org.imapharness.core.client.ImapClientException;
import org.imapharness.core.client.ImapCommandException;
import org.imapharness.core.client.ImapProtocolException;
import org.imapharness.core.client.ImapTimeoutException;
import org.imapharness.core.client.ImapTlsException;
import org.imapharness.core.client.TlsMode;
import org.imapharness.core.target.Credentials;
import org.imapharness.core.target.Target;
import org.imapharness.core.target.TargetException;
import org.imapharness.core.target.TargetOptions;
import org.imapharness.core.target.Targets;
import org.imapharness.protocol.response.StatusCondition;
import org.imapharness.protocol.response.TaggedResponse;

/**
 * One connection made the way every check will make it (TCP, TLS, greeting, STARTTLS, login)
 * before a suite starts. A target that cannot be tested then ends the command with one line that
 * says why, and exit code 2, instead of hundreds of tests that each could not run.
 *
 * <p>Container targets are not probed: starting one costs the run's longest step, and the
 * container provider already waits until the server inside greets.
 */
final class TargetPreflight {
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    private TargetPreflight() {
    }

    /**
     * Connects, logs in as the target's first user and logs out.
     *
     * @return the target's description ({@code imaps://127.0.0.1:40993}) for the run's header
     * @throws UsageProblem naming the endpoint and the reason, in one line
     */
    static String verify(TargetOptions options, Duration timeout) {
        if (options.uri().strip().toLowerCase(Locale.ROOT).startsWith("container:")) {
            return options.uri();
        }
        try (Target target = Targets.open(options)) {
            ImapClientConfig config = target.clientConfig().withConnectTimeout(timeout).withCommandTimeout(timeout)
                    .withTlsHandshakeTimeout(timeout);
            session(target, config);
            return target.description();
        } catch (TargetException e) {
            throw new UsageProblem(e.getMessage());
        }
    }

    private static void session(Target target, ImapClientConfig config) {
        String endpoint = config.endpoint();
        try (BlockingImapClient client = BlockingImapClient.connect(config)) {
            if (target.requiresStartTls()) {
                startTls(client, endpoint);
            }
            if (client.greeting().status() != StatusCondition.PREAUTH) {
                login(client, target.user(1));
            }
            client.logout();
        } catch (ImapClientException e) {
            throw new UsageProblem(describe(e, config));
        }
    }

    private static void startTls(BlockingImapClient client, String endpoint) {
        client.capability();
        if (!client.connection().hasCapability("STARTTLS")) {
            throw new UsageProblem(endpoint + " does not offer STARTTLS, which imap:// requires before a password "
                    + "is sent; use imaps:// for its implicit-TLS port, or imap://...?tls=none for a plaintext "
                    + "test server");
        }
        try {
            client.startTls();
        } catch (ImapCommandException e) {
            TaggedResponse done = e.result().completion();
            throw new UsageProblem(endpoint + " refused STARTTLS: " + done.status() + " " + done.text());
        }
    }

    /** LOGIN, or AUTHENTICATE PLAIN where LOGINDISABLED forbids LOGIN (RFC 3501 §6.2.3). */
    private static void login(BlockingImapClient client, Credentials user) {
        try {
            client.capability();
            if (client.connection().hasCapability("LOGINDISABLED")) {
                client.authenticatePlain(user.user(), user.password());
            } else {
                client.login(user.user(), user.password());
            }
        } catch (ImapCommandException e) {
            TaggedResponse done = e.result().completion();
            throw new UsageProblem("login refused for user " + user.user() + ": " + done.status() + " "
                    + done.text() + " (check --user and --password)");
        }
    }

    /** The client's failure as one line for a person: what failed, where, and what to try. */
    static String describe(ImapClientException e, ImapClientConfig config) {
        String endpoint = config.endpoint();
        if (e instanceof ImapTlsException) {
            return tlsProblem(e, config);
        }
        if (e instanceof ImapTimeoutException t) {
            return switch (t.phase()) {
                case CONNECT -> "cannot connect to " + endpoint + ": no answer within " + seconds(t.timeout());
                case TLS_HANDSHAKE -> "TLS handshake with " + endpoint + " failed: not finished within "
                        + seconds(t.timeout()) + tlsHint(config);
                case GREETING -> "not an IMAP server: " + endpoint + " sent no greeting within "
                        + seconds(t.timeout()) + " (an IMAP server speaks first, RFC 3501 §7.1)";
                case COMMAND -> endpoint + ": " + t.getMessage();
            };
        }
        if (e instanceof GreetingRejectedException) {
            return e.getMessage();
        }
        if (e instanceof ImapProtocolException) {
            String greeting = config.tlsMode() == TlsMode.IMPLICIT ? null : GreetingSniffer.firstLine(config);
            return "not an IMAP server: greeting was " + (greeting != null ? greeting : "not * OK, * PREAUTH or * BYE")
                    + " (from " + endpoint + ")";
        }
        Throwable root = RootCause.of(e);
        if (root instanceof ConnectException) {
            return "cannot connect to " + endpoint + ": connection refused";
        }
        if (root instanceof UnknownHostException) {
            return "cannot connect to " + endpoint + ": unknown host " + config.host();
        }
        if (root instanceof NoRouteToHostException) {
            return "cannot connect to " + endpoint + ": no route to host";
        }
        return e.getMessage();
    }

    private static String tlsProblem(ImapClientException e, ImapClientConfig config) {
        boolean certificate = false;
        for (Throwable t = e; t != null; t = t.getCause()) {
            certificate |= t instanceof GeneralSecurityException;
        }
        String reason = String.valueOf(RootCause.of(e).getMessage());
        if (certificate) {
            return "TLS handshake with " + config.endpoint() + " failed: certificate not trusted (" + reason
                    + "); pass --certificate FILE.pem to trust it, or --insecure for a throwaway test server";
        }
        if (reason.toLowerCase(Locale.ROOT).contains("not an ssl/tls record")) {
            reason = "the server answered without TLS";
        }
        return "TLS handshake with " + config.endpoint() + " failed: " + reason + tlsHint(config);
    }

    private static String tlsHint(ImapClientConfig config) {
        return config.tlsMode() == TlsMode.IMPLICIT
                ? " (is this a STARTTLS or plaintext port? then write imap://" + config.endpoint() + ")" : "";
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }
}

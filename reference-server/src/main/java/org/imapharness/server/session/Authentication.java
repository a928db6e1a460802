package org.imapharness.server.session;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.imapharness.protocol.command.Command;
import org.imapharness.protocol.frame.Frame;
import org.imapharness.protocol.frame.FrameEvent;
import org.imapharness.protocol.response.ContinuationRequest;
import org.imapharness.protocol.response.ResponseCode;
import org.imapharness.server.auth.AuthResult;
import org.imapharness.server.auth.SaslPlain;
import org.imapharness.server.fault.Fault;
import org.imapharness.server.selected.Outcome;

/**
 * LOGIN (RFC 3501 §6.2.3) and AUTHENTICATE PLAIN (§6.2.2, RFC 4616) with an initial response
 * (SASL-IR, RFC 4959) or a continuation. The password check runs on the authenticator's own
 * threads; the answer is sent from the session's executor once the throttle delay has passed
 * (scheduled, never slept), and the queue of pipelined commands waits for it. Failures say the
 * same whether or not the user exists.
 */
final class Authentication {
    private final Session session;
    private String pendingTag;

    Authentication(Session session) {
        this.session = session;
    }

    void login(String tag, Command.Login login) {
        if (session.loginDisabled()) {
            session.finish(tag, login, privacyRequired("LOGIN"));
            return;
        }
        verify(tag, login, login.user(), login.password().getBytes(StandardCharsets.UTF_8));
    }

    void authenticate(String tag, Command.Authenticate authenticate) {
        if (!"PLAIN".equals(authenticate.mechanism().toUpperCase(Locale.ROOT))) {
            session.finish(tag, authenticate, Outcome.no(StoreErrors.code("CANNOT"),
                    "Unsupported authentication mechanism " + authenticate.mechanism() + "; this server offers PLAIN"));
            return;
        }
        if (session.loginDisabled()) {
            session.finish(tag, authenticate, privacyRequired("AUTHENTICATE PLAIN"));
            return;
        }
        if (authenticate.initialResponse() != null && !session.config.faults().has(Fault.SASL_IR_IGNORED)) {
            plain(tag, authenticate.initialResponse().toByteArray());
            return;
        }
        // §6.2.2: an empty challenge; the client answers with one base64 line.
        pendingTag = tag;
        session.mode = Session.Mode.AUTH_RESPONSE;
        session.out.send(new ContinuationRequest(null, ""));
    }

    /** The client's line after the empty challenge: base64, or {@code *} to cancel (§6.2.2). */
    void response(FrameEvent event) {
        String tag = pendingTag;
        pendingTag = null;
        session.mode = Session.Mode.COMMAND;
        if (!(event instanceof Frame frame)) {
            session.finish(tag, authenticateCommand(), Outcome.bad("AUTHENTICATE response line is too long"));
            return;
        }
        String line = withoutLineEnd(frame.bytes());
        if (line.equals("*") && session.config.faults().has(Fault.AUTHENTICATE_CANCEL_IGNORED)) {
            pendingTag = tag; // the fault: the cancellation is read as one more response
            session.mode = Session.Mode.AUTH_RESPONSE;
            session.out.send(new ContinuationRequest(null, ""));
            return;
        }
        if (line.equals("*")) {
            session.finish(tag, authenticateCommand(), Outcome.bad("AUTHENTICATE cancelled by the client"));
            return;
        }
        byte[] message;
        try {
            message = Base64.getDecoder().decode(line);
        } catch (IllegalArgumentException e) {
            session.finish(tag, authenticateCommand(),
                    Outcome.bad("AUTHENTICATE response is not valid base64 (RFC 3501 §6.2.2)"));
            return;
        }
        plain(tag, message);
    }

    /** Decodes the PLAIN message; takes ownership of {@code message} and wipes it. */
    private void plain(String tag, byte[] message) {
        SaslPlain.Credentials credentials;
        try {
            credentials = SaslPlain.decode(message);
        } catch (SaslPlain.MalformedException e) {
            session.finish(tag, authenticateCommand(), Outcome.no(StoreErrors.code("AUTHENTICATIONFAILED"),
                    e.getMessage()));
            return;
        } finally {
            Arrays.fill(message, (byte) 0);
        }
        verify(tag, authenticateCommand(), credentials.authcid(), credentials.password());
    }

    private void verify(String tag, Command command, String user, byte[] password) {
        session.loop.pause();
        session.config.authenticator().authenticate(user, password, session.connection.clientAddress())
                .whenComplete((result, error) -> {
                    // An internal failure is answered like a saturated server: come back shortly.
                    AuthResult answer = error == null ? result : AuthResult.throttled(Duration.ofSeconds(1));
                    long delay = answer.succeeded() ? 0 : answer.delay().toNanos();
                    session.later(() -> completed(tag, command, answer, user), delay);
                });
    }

    private void completed(String tag, Command command, AuthResult result, String user) {
        if (session.isClosing()) {
            return;
        }
        var account = session.config.authenticator().accounts().find(user);
        Outcome outcome = switch (result.outcome()) {
            case SUCCESS -> session.loggedIn(result.user())
                    ? Outcome.ok(List.of(), new ResponseCode.Capability(session.capabilities()),
                            command.name() + " completed")
                    : Outcome.no(StoreErrors.code("LIMIT"), "Too many connections for this user (limit "
                            + session.config.connectionLimits().maxPerUser() + ")");
            case FAILURE -> Outcome.no(StoreErrors.code("AUTHENTICATIONFAILED"),
                    account.isEmpty() && session.config.faults().has(Fault.AUTH_REVEALS_UNKNOWN_USER)
                            ? "No such user" : "Invalid credentials");
            case THROTTLED -> Outcome.no(StoreErrors.code("UNAVAILABLE"),
                    "Too many failed logins; try again later");
        };
        if (result.outcome() == AuthResult.Outcome.FAILURE && command instanceof Command.Authenticate
                && account.isPresent() && session.config.faults().has(Fault.AUTH_FAILURE_AUTHENTICATES)) {
            session.loggedIn(account.get().name()); // the fault: NO on the wire, authenticated inside
        }
        session.finish(tag, command, outcome);
        session.loop.resume();
    }

    private static Outcome privacyRequired(String what) {
        return Outcome.no(StoreErrors.code("PRIVACYREQUIRED"),
                what + " is disabled until STARTTLS: passwords are not accepted in the clear (RFC 3501 §6.2.3)");
    }

    private static Command authenticateCommand() {
        return new Command.Authenticate("PLAIN", null);
    }

    private static String withoutLineEnd(byte[] bytes) {
        int end = bytes.length;
        if (end > 0 && bytes[end - 1] == '\n') {
            end--;
        }
        if (end > 0 && bytes[end - 1] == '\r') {
            end--;
        }
        return new String(bytes, 0, end, StandardCharsets.US_ASCII);
    }
}

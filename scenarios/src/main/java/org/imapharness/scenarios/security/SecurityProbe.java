package org.imapharness.scenarios.security;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.imapharness.core.target.Credentials;

/**
 * What a check may use: the target's endpoints, a user, the settings and the safety budget, and
 * helpers for the usual openings (greeted, secured, logged in). Closing it stops an embedded server.
 */
public final class SecurityProbe implements AutoCloseable {
    private final String description;
    private final Endpoint startTls;
    private final Endpoint implicitTls;
    private final Credentials user;
    private final SecuritySettings settings;
    private final Budget budget;
    private final Runnable onClose;
    private final AtomicInteger tags = new AtomicInteger();

    SecurityProbe(String description, Endpoint startTls, Endpoint implicitTls, Credentials user,
                  SecuritySettings settings, Budget budget, Runnable onClose) {
        this.description = description;
        this.startTls = startTls;
        this.implicitTls = implicitTls;
        this.user = user;
        this.settings = settings;
        this.budget = budget;
        this.onClose = onClose;
    }

    public String description() {
        return description;
    }

    Optional<Endpoint> startTls() {
        return Optional.ofNullable(startTls);
    }

    Optional<Endpoint> implicitTls() {
        return Optional.ofNullable(implicitTls);
    }

    /** The endpoint for checks that only need a protected session: implicit TLS if known, else STARTTLS. */
    Endpoint secure() {
        return implicitTls != null ? implicitTls : startTls;
    }

    Credentials user() {
        return user;
    }

    SecuritySettings settings() {
        return settings;
    }

    Budget budget() {
        return budget;
    }

    /** A fresh tag, so evidence from several connections never confuses two commands. */
    String tag() {
        return "s" + tags.incrementAndGet();
    }

    Wire connect(Endpoint endpoint) throws IOException {
        return Wire.open(endpoint, settings.timeout(), budget);
    }

    /** Connected and greeted with OK; a refusal is the harness's problem, not a verdict. */
    Wire greeted(Endpoint endpoint) throws IOException {
        Wire wire = connect(endpoint);
        Reply greeting = wire.read();
        if (!greeting.isResponse() || !"OK".equals(greeting.status())) {
            wire.close();
            throw new IOException(endpoint.describe() + " did not greet with OK: " + greeting.brief());
        }
        return wire;
    }

    /** Greeted on {@link #secure()}, with STARTTLS done where needed. */
    Wire secured() throws IOException {
        Wire wire = greeted(secure());
        if (!wire.endpoint().implicitTls()) {
            Exchange ok = wire.command(tag(), "STARTTLS");
            if (!ok.ok()) {
                wire.close();
                throw new IOException("STARTTLS refused on " + wire.endpoint().describe() + ": " + ok.brief());
            }
            wire.startTls();
        }
        return wire;
    }

    /** Secured and logged in as {@link #user()}. */
    Wire loggedIn() throws IOException {
        Wire wire = secured();
        Exchange login = wire.command(tag(), "LOGIN " + quoted(user.user()) + " " + quoted(user.password()));
        if (!login.ok()) {
            wire.close();
            throw new IOException("cannot log in as " + user.user() + " on " + wire.endpoint().describe() + ": "
                    + login.completion().brief());
        }
        return wire;
    }

    /**
     * Whether the server still serves a new connection: greeting and NOOP, within the timeout.
     * Every limit check ends with this, since "answered and still alive" is the point.
     */
    String aliveProblem() {
        try (Wire wire = greeted(secure())) {
            Exchange noop = wire.command(tag(), "NOOP");
            return noop.ok() ? null : "a second connection's NOOP got " + noop.completion().brief();
        } catch (IOException e) {
            return "a second connection failed: " + e.getMessage();
        }
    }

    Duration timeout() {
        return settings.timeout();
    }

    static String quoted(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    @Override
    public void close() {
        onClose.run();
    }
}

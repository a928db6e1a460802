package org.imapharness.core.fuzz;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.imapharness.core.target.Credentials;
import org.imapharness.core.target.Target;
import org.imapharness.protocol.response.MalformedResponse;
import org.imapharness.protocol.response.Response;
import org.imapharness.protocol.response.StatusCondition;
import org.imapharness.protocol.response.UntaggedResponse;

/**
 * One logged-in fuzz connection: greeting, STARTTLS when the target requires it, LOGIN (or
 * AUTHENTICATE PLAIN under LOGINDISABLED, RFC 3501 §6.2.3), then the capabilities. Tracks
 * whether a mailbox is selected from the completions of the commands sent through it.
 */
final class FuzzSession implements AutoCloseable {
    private final FuzzWire wire;
    private final Duration timeout;
    private final String tagPrefix;
    private Set<String> capabilities = Set.of();
    private boolean selected;
    private long tags;

    private FuzzSession(FuzzWire wire, Duration timeout, String tagPrefix) {
        this.wire = wire;
        this.timeout = timeout;
        this.tagPrefix = tagPrefix;
    }

    /** Connects and logs in; {@link IOException} says which step failed and how. */
    static FuzzSession open(Target target, Credentials user, Duration timeout, String tagPrefix) throws IOException {
        FuzzSession s = new FuzzSession(FuzzWire.open(target.clientConfig()), timeout, tagPrefix);
        try {
            s.greeting();
            if (target.requiresStartTls()) {
                s.setup("STARTTLS", List.of(new Part.Keyword("STARTTLS")));
                s.wire.startTls(target.clientConfig());
            }
            Set<String> before = s.capabilityCommand();
            if (before.contains("LOGINDISABLED")) {
                String plain = Base64.getEncoder().encodeToString(("\0" + user.user() + "\0" + user.password())
                        .getBytes(StandardCharsets.UTF_8));
                s.setup("AUTHENTICATE", List.of(new Part.Text("AUTHENTICATE PLAIN " + plain)));
            } else {
                s.setup("LOGIN", List.of(new Part.Text("LOGIN "), string(user.user()), new Part.Text(" "),
                        string(user.password())));
            }
            s.capabilities = s.capabilityCommand();
            return s;
        } catch (IOException | RuntimeException e) {
            s.close();
            throw e;
        }
    }

    String nextTag() {
        return tagPrefix + Long.toString(++tags, 36);
    }

    Set<String> capabilities() {
        return capabilities;
    }

    boolean selected() {
        return selected;
    }

    /** Sends a generated command and follows the selected state from its completion (§6.3.1, §6.4.2). */
    Answer send(WireCommand command) {
        return track(command, Exchange.run(wire, command, timeout));
    }

    Answer send(WireCommand command, List<byte[]> pieces) {
        return track(command, Exchange.run(wire, command, pieces, timeout));
    }

    Duration timeout() {
        return timeout;
    }

    FuzzWire wire() {
        return wire;
    }

    private Answer track(WireCommand command, Answer a) {
        String f = command.family();
        if (a.completion() != null) {
            boolean ok = a.completion().isOk();
            if (f.equals("SELECT") || f.equals("EXAMINE")) {
                selected = ok; // a failed SELECT leaves no mailbox selected (§6.3.1)
            } else if (ok && (f.equals("CLOSE") || f.equals("UNSELECT"))) {
                selected = false;
            }
        }
        return a;
    }

    /** SELECT or EXAMINE of {@code mailbox}, for the run's own bookkeeping. */
    void select(String mailbox, boolean readOnly) throws IOException {
        setup(readOnly ? "EXAMINE" : "SELECT", List.of(new Part.Keyword(readOnly ? "EXAMINE " : "SELECT "),
                string(mailbox)));
        selected = true;
    }

    /** A setup command that must succeed. */
    Answer setup(String family, List<Part> parts) throws IOException {
        WireCommand c = new WireCommand(nextTag(), parts, family, false, null);
        Answer a = Exchange.run(wire, c, timeout);
        if (a.completion() == null || !a.completion().isOk() || !a.findings().isEmpty()) {
            throw new IOException(family + " failed: " + (a.completion() != null ? a.completion().status() + " "
                    + a.completion().text() : a.findings().isEmpty() ? "no completion" : a.findings().get(0).describe()));
        }
        return a;
    }

    private Set<String> capabilityCommand() throws IOException {
        Set<String> caps = new LinkedHashSet<>();
        for (Response r : setup("CAPABILITY", List.of(new Part.Keyword("CAPABILITY"))).untagged()) {
            if (r instanceof UntaggedResponse.Capability c) {
                c.capabilities().forEach(x -> caps.add(x.toUpperCase(Locale.ROOT)));
            }
        }
        return caps;
    }

    private void greeting() throws IOException {
        WireEvent e = wire.next(System.nanoTime() + timeout.toNanos());
        if (e instanceof WireEvent.Received r && r.response() instanceof UntaggedResponse.Status s
                && (s.status() == StatusCondition.OK || s.status() == StatusCondition.PREAUTH)) {
            return;
        }
        String found = e == null ? "nothing within " + timeout.toMillis() + " ms"
                : e instanceof WireEvent.Received r ? (r.response() instanceof MalformedResponse ? "malformed " : "")
                + Texts.printable(r.raw(), 120) : e.toString();
        throw new IOException("expected a greeting (* OK), found " + found);
    }

    /** A string argument: quoted when it can be, else a literal. */
    static Part.Str string(String value) {
        byte[] v = value.getBytes(StandardCharsets.UTF_8);
        return new Part.Str(v, Forms.allows(v, Part.Form.QUOTED, Part.Slot.ASTRING) ? Part.Form.QUOTED
                : Part.Form.LITERAL, Part.Slot.ASTRING);
    }

    @Override
    public void close() {
        wire.close();
    }
}

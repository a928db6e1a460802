package org.imapharness.core.scenario.run;

import java.util.List;
import org.imapharness.core.scenario.Failure;
import org.imapharness.core.scenario.ReceivedResponse;
import org.imapharness.core.scenario.match.ResponseTree;
import org.imapharness.protocol.codec.ImapSyntaxException;
import org.imapharness.protocol.model.Octets;
import org.imapharness.protocol.response.MalformedResponse;

/** Builds the failures a run reports, with the responses shown parsed and raw. */
final class Failures {
    private Failures() {
    }

    /** {@code 500 ms} or {@code 10 s}, for messages. */
    static String duration(java.time.Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    static ReceivedResponse received(int connection, WireEvent.Received r, String note) {
        return new ReceivedResponse(connection, parsed(r), r.raw(), note);
    }

    static String parsed(WireEvent.Received r) {
        if (r.response() instanceof MalformedResponse m) {
            return "malformed response: " + syntax(m.cause());
        }
        return ResponseTree.render(r.response());
    }

    static String syntax(ImapSyntaxException e) {
        return "rule " + e.rule() + " at byte " + e.offset() + ": expected " + e.expected() + ", found " + e.found();
    }

    static ScenarioFailure failure(int line, String source, int connection, String message, String expected,
                                   List<ReceivedResponse> received) {
        return new ScenarioFailure(new Failure(line, source, connection, message, expected, received));
    }

    /**
     * A response that breaks the grammar or the framing, or plaintext injected after STARTTLS:
     * always a failure, whatever the scenario expected at that point.
     */
    static ScenarioFailure protocolProblem(int line, String source, int connection, WireEvent e, String expected) {
        if (e instanceof WireEvent.Received r && r.response() instanceof MalformedResponse m) {
            return failure(line, source, connection, "connection " + connection + " received a response that breaks "
                    + "RFC 3501 §9 (" + syntax(m.cause()) + ")", expected, List.of(received(connection, r, "")));
        }
        if (e instanceof WireEvent.Unframed u) {
            return failure(line, source, connection, "connection " + connection + " received a response the framer "
                    + "refused: " + u.error().kind() + ": " + u.error().message(), expected,
                    List.of(new ReceivedResponse(connection, "unframed", Octets.of(u.error().raw()), "")));
        }
        WireEvent.Injected i = (WireEvent.Injected) e;
        return failure(line, source, connection, "connection " + connection + " received plaintext after the OK to "
                + "STARTTLS, before TLS began (RFC 3501 §6.2.1)", expected,
                List.of(new ReceivedResponse(connection, "plaintext before TLS", i.raw(), "")));
    }

    static boolean isProblem(WireEvent e) {
        return e instanceof WireEvent.Unframed || e instanceof WireEvent.Injected
                || e instanceof WireEvent.Received r && r.response() instanceof MalformedResponse;
    }
}

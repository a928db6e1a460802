package org.imapharness.core.fuzz;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.imapharness.protocol.response.ContinuationRequest;
import org.imapharness.protocol.response.MalformedResponse;
import org.imapharness.protocol.response.Response;
import org.imapharness.protocol.response.StatusCondition;
import org.imapharness.protocol.response.TaggedResponse;
import org.imapharness.protocol.response.UntaggedResponse;

/**
 * Sends one command and reads until it is answered: its tagged completion, or BYE and close
 * (RFC 3501 §7.1.5). The data of a synchronizing literal goes only after the server's {@code +}
 * (§7.5); if the server completes the command instead, the rest is not sent. Every wait is
 * bounded by the timeout, counted from the latest byte received, and the whole exchange by four
 * times that, so a server that trickles responses cannot hold the run either.
 */
final class Exchange {
    private Exchange() {
    }

    static Answer run(FuzzWire wire, WireCommand command, Duration timeout) {
        return run(wire, command, command.segments(), timeout);
    }

    /** As {@link #run(FuzzWire, WireCommand, Duration)}, with the bytes cut into {@code pieces} given. */
    static Answer run(FuzzWire wire, WireCommand command, List<byte[]> pieces, Duration timeout) {
        List<Response> untagged = new ArrayList<>();
        List<byte[]> raw = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        boolean bye = false;
        boolean answeredPlus = false;
        wire.send(pieces.get(0));
        int next = 1;
        long hardStop = System.nanoTime() + 4 * timeout.toNanos();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            WireEvent e = wire.next(Math.min(deadline, hardStop));
            if (e == null) {
                String waiting = next < pieces.size() ? "the continuation request (+) for a synchronizing literal"
                        : "the tagged completion of " + command.tag();
                findings.add(new Finding(Finding.Kind.NO_ANSWER, "waited " + timeout.toMillis() + " ms for "
                        + waiting + (bye ? " after BYE" : ""), command));
                return new Answer(null, untagged, raw, bye, false, findings);
            }
            deadline = System.nanoTime() + timeout.toNanos();
            if (e instanceof WireEvent.Closed c) {
                if (!bye) {
                    findings.add(new Finding(Finding.Kind.CLOSED_WITHOUT_BYE, c.reason() + " before completing "
                            + command.tag(), command));
                }
                return new Answer(null, untagged, raw, bye, true, findings);
            }
            if (e instanceof WireEvent.Unframed u) {
                findings.add(new Finding(Finding.Kind.GRAMMAR, "response the client framer refused: " + u.error(),
                        command));
                continue;
            }
            WireEvent.Received r = (WireEvent.Received) e;
            raw.add(r.raw());
            Response response = r.response();
            if (response instanceof MalformedResponse m) {
                findings.add(new Finding(Finding.Kind.GRAMMAR, m.cause().getMessage() + " in "
                        + Texts.printable(r.raw(), 200), command));
            } else if (response instanceof ContinuationRequest) {
                if (next < pieces.size()) {
                    wire.send(pieces.get(next++));
                } else if (command.continuationAnswer() != null && !answeredPlus) {
                    answeredPlus = true;
                    wire.send(command.continuationAnswer());
                } else {
                    findings.add(new Finding(Finding.Kind.UNEXPECTED_CONTINUATION, "\"" + Texts.printable(r.raw(), 80)
                            + "\" while no synchronizing literal of " + command.tag() + " was waiting", command));
                }
            } else if (response instanceof TaggedResponse t) {
                if (t.tag().equals(command.tag())) {
                    return new Answer(t, untagged, raw, bye, false, findings);
                }
                findings.add(new Finding(Finding.Kind.FOREIGN_TAG, "completion tagged " + t.tag() + " while only "
                        + command.tag() + " was in flight", command));
            } else {
                untagged.add(response);
                bye |= response instanceof UntaggedResponse.Status s && s.status() == StatusCondition.BYE;
            }
        }
    }
}

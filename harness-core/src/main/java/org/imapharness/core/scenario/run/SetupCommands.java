package org.imapharness.core.scenario.run;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.imapharness.protocol.codec.CommandWriter;
import org.imapharness.protocol.command.Command;
import org.imapharness.protocol.command.TaggedCommand;
import org.imapharness.protocol.response.ContinuationRequest;
import org.imapharness.protocol.response.StatusCondition;
import org.imapharness.protocol.response.TaggedResponse;
import org.imapharness.protocol.response.UntaggedResponse;

/**
 * The interpreter's own commands (greeting, STARTTLS, LOGIN, SELECT, CREATE, APPEND...), encoded
 * by the codec's {@link CommandWriter} and run one at a time on a scenario connection, with a
 * timeout on every wait. A refusal is the caller's to judge; a closed connection or a timeout is
 * a {@link RunError}; a response that breaks the grammar is a failure of the server.
 */
final class SetupCommands {

    record Reply(TaggedResponse completion, List<UntaggedResponse> untagged) {
        boolean ok() {
            return completion.isOk();
        }
    }

    private final CommandWriter writer;
    private final Duration timeout;

    SetupCommands(CommandWriter writer, Duration timeout) {
        this.writer = writer;
        this.timeout = timeout;
    }

    /** The greeting (RFC 3501 §7.1): OK, PREAUTH, or BYE (refused, a setup error). */
    UntaggedResponse.Status greeting(Session s) throws RunError, ScenarioFailure {
        WireEvent e = s.next(deadline());
        if (e == null) {
            throw new RunError("connection " + s.label + ": no greeting within " + Failures.duration(timeout));
        }
        check(s, e, "the greeting");
        if (e instanceof WireEvent.Received r && r.response() instanceof UntaggedResponse.Status g
                && g.status() != StatusCondition.BAD && g.status() != StatusCondition.NO) {
            if (g.status() == StatusCondition.BYE) {
                throw new RunError("connection " + s.label + ": the server refused it: " + Failures.parsed(r));
            }
            return g;
        }
        throw Failures.failure(0, "setup: greeting", s.number, "the first response is not a greeting "
                + "(* OK, * PREAUTH or * BYE, RFC 3501 §7.1)", "* OK", List.of(Failures.received(s.number,
                (WireEvent.Received) e, "")));
    }

    Reply run(Session s, Command command, String what) throws RunError, ScenarioFailure {
        return run(s, command, what, null);
    }

    /** Runs {@code command}; {@code answer} (a line with CRLF) answers a challenge after the last literal. */
    Reply run(Session s, Command command, String what, byte[] answer) throws RunError, ScenarioFailure {
        String tag = s.nextTag();
        List<byte[]> segments = writer.encode(new TaggedCommand(tag, command)).segments();
        if (command instanceof Command.StartTls) {
            s.wire.armStartTls(tag);
        }
        List<UntaggedResponse> untagged = new ArrayList<>();
        s.wire.send(segments.get(0));
        int next = 1;
        long deadline = deadline();
        while (true) {
            WireEvent e = s.next(deadline);
            if (e == null) {
                throw new RunError("connection " + s.label + ": no answer to " + what + " within "
                        + Failures.duration(timeout));
            }
            check(s, e, what);
            WireEvent.Received r = (WireEvent.Received) e;
            if (r.response() instanceof TaggedResponse t && t.tag().equals(tag)) {
                return new Reply(t, untagged);
            } else if (r.response() instanceof UntaggedResponse u) {
                untagged.add(u);
            } else if (r.response() instanceof ContinuationRequest && next < segments.size()) {
                s.wire.send(segments.get(next++));
                deadline = deadline();
            } else if (r.response() instanceof ContinuationRequest && answer != null) {
                s.wire.send(answer);
                answer = null;
            } else {
                throw Failures.failure(0, "setup: " + what, s.number, "unexpected response to " + what,
                        "", List.of(Failures.received(s.number, r, "")));
            }
        }
    }

    private void check(Session s, WireEvent e, String what) throws RunError, ScenarioFailure {
        if (e instanceof WireEvent.Closed c) {
            throw new RunError("connection " + s.label + " closed during " + what + ": " + c.reason());
        }
        if (Failures.isProblem(e)) {
            throw Failures.protocolProblem(0, "setup: " + what, s.number, e, "");
        }
    }

    private long deadline() {
        return System.nanoTime() + timeout.toNanos();
    }
}

package org.imapharness.core.scenario.run;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.imapharness.core.scenario.ClientLine;
import org.imapharness.core.scenario.Step;
import org.imapharness.core.scenario.Template;
import org.imapharness.core.scenario.match.Bindings;
import org.imapharness.protocol.response.ContinuationRequest;
import org.imapharness.protocol.response.TaggedResponse;

/**
 * Sends a {@code C:} line: the tag (unless explicit or a continuation), the text with variables
 * filled in, and each literal with its size, waiting for the server's {@code +} before the data
 * of a synchronizing literal (RFC 3501 §7.5). If the server answers the command instead of
 * {@code +}, the rest is not sent and the answer is left for the scenario's next lines.
 */
final class Sender {
    private static final byte[] CRLF = {'\r', '\n'};

    private final Duration timeout;

    Sender(Duration timeout) {
        this.timeout = timeout;
    }

    void send(Session s, Step.Send step, Bindings bindings) throws ScenarioFailure, RunError {
        String tag = null;
        if (!step.isContinuation()) {
            tag = step.tag() != null ? step.tag() : s.nextTag();
            s.sent(step.command(), tag);
        }
        List<byte[]> segments = segments(step, tag, bindings);
        if (tag != null && isStartTls(step)) {
            s.wire.armStartTls(tag);
        }
        s.wire.send(segments.get(0));
        List<WireEvent> heldBack = new ArrayList<>();
        try {
            for (int i = 1; i < segments.size(); i++) {
                if (!awaitContinuation(s, step, tag, heldBack)) {
                    return;
                }
                s.wire.send(segments.get(i));
            }
        } finally {
            s.pushBack(heldBack);
        }
    }

    /** The line's bytes, cut after each synchronizing literal's announcement. */
    private static List<byte[]> segments(Step.Send step, String tag, Bindings bindings) throws RunError {
        List<byte[]> segments = new ArrayList<>();
        ByteArrayOutputStream current = new ByteArrayOutputStream();
        boolean explicitTag = step.tag() != null;
        if (tag != null && !explicitTag) {
            current.writeBytes((tag + " ").getBytes(StandardCharsets.US_ASCII));
        }
        for (ClientLine.Piece p : step.text().pieces()) {
            if (p instanceof ClientLine.Piece.Text t) {
                current.writeBytes(Template.encode(render(t.text(), bindings, step)));
            } else if (p instanceof ClientLine.Piece.Literal l) {
                byte[] data = Template.encode(render(l.content(), bindings, step));
                String announce = (l.binary() ? "~" : "") + "{" + data.length + (l.nonSynchronizing() ? "+" : "")
                        + "}\r\n";
                current.writeBytes(announce.getBytes(StandardCharsets.US_ASCII));
                if (!l.nonSynchronizing()) {
                    segments.add(current.toByteArray());
                    current = new ByteArrayOutputStream();
                }
                current.writeBytes(data);
            }
        }
        current.writeBytes(CRLF);
        segments.add(current.toByteArray());
        return segments;
    }

    private static String render(Template t, Bindings bindings, Step step) throws RunError {
        try {
            return t.render(bindings::text);
        } catch (Bindings.UnboundVariableException e) {
            throw new RunError("line " + step.line() + ": " + e.getMessage());
        }
    }

    /** STARTTLS switches the connection to TLS on its OK (RFC 3501 §6.2.1). */
    private static boolean isStartTls(Step.Send step) {
        if (step.text().pieces().isEmpty() || !(step.text().pieces().get(0) instanceof ClientLine.Piece.Text t)) {
            return false;
        }
        String[] words = t.text().render(v -> "").trim().split(" +");
        int at = step.tag() != null ? 1 : 0;
        return words.length == at + 1 && words[at].toUpperCase(Locale.ROOT).equals("STARTTLS");
    }

    /**
     * Reads until the {@code +} for a literal; everything else read meanwhile is held back for
     * the next lines. Returns false when the command was answered (or the connection closed) instead.
     */
    private boolean awaitContinuation(Session s, Step.Send step, String tag, List<WireEvent> heldBack)
            throws ScenarioFailure {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            WireEvent e = s.next(deadline);
            if (e == null) {
                throw Failures.failure(step.line(), step.source(), step.connection(), "no continuation request (+) "
                        + "for the literal within " + Failures.duration(timeout), "+", List.of());
            }
            if (Failures.isProblem(e)) {
                throw Failures.protocolProblem(step.line(), step.source(), step.connection(), e, "+");
            }
            if (e instanceof WireEvent.Received r && r.response() instanceof ContinuationRequest) {
                return true;
            }
            heldBack.add(e);
            if (e instanceof WireEvent.Closed || e instanceof WireEvent.Received r
                    && r.response() instanceof TaggedResponse t && t.tag().equals(tag)) {
                return false;
            }
        }
    }
}

package org.imapharness.scenarios.fuzz;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.imapharness.protocol.codec.ResponseParser;
import org.imapharness.protocol.frame.Frame;
import org.imapharness.protocol.frame.FrameAccumulator;
import org.imapharness.protocol.frame.FrameError;
import org.imapharness.protocol.frame.FrameEvent;
import org.imapharness.protocol.frame.FrameLimits;
import org.imapharness.protocol.model.Printable;
import org.imapharness.protocol.response.MalformedResponse;
import org.imapharness.protocol.response.Response;
import org.imapharness.protocol.response.ResponseCode;
import org.imapharness.protocol.response.StatusCondition;
import org.imapharness.protocol.response.TaggedResponse;
import org.imapharness.protocol.response.UntaggedResponse;

/**
 * Everything one session's server sent, framed as a client frames it and parsed by the strict
 * parser as it arrives. Collects violations instead of throwing, so the test can report them
 * all with the transcript: a response that breaks RFC 3501 §9, a response frame the client's
 * default limits refuse, and {@code [SERVERBUG]}, which the server sends only when a command
 * threw inside it.
 */
final class ServerReplies {
    /** How much of the server's output is kept for failure messages. */
    private static final int KEPT = 16 * 1024;

    private final FrameAccumulator framer = new FrameAccumulator(FrameLimits.DEFAULTS, FrameAccumulator.Mode.CLIENT);
    private final ResponseParser parser = ResponseParser.strict();
    private final List<Response> responses = new ArrayList<>();
    private final List<String> violations = new ArrayList<>();
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private final Set<String> startTlsTags;
    private boolean startTlsAccepted;

    /** @param startTlsTags tags of the client's STARTTLS commands; a tagged OK for one ends the cleartext */
    ServerReplies(Set<String> startTlsTags) {
        this.startTlsTags = startTlsTags;
    }

    void received(byte[] bytes, int length) {
        kept.write(bytes, 0, Math.min(length, Math.max(0, KEPT - kept.size())));
        framer.feed(bytes, 0, length, this::event);
    }

    private void event(FrameEvent event) {
        if (event instanceof FrameError error) {
            violations.add("response breaks the client's frame limits: " + error);
        } else if (event instanceof Frame frame) {
            Response response = parser.parse(frame.bytes());
            if (response instanceof MalformedResponse malformed) {
                violations.add("response breaks RFC 3501 §9: " + malformed.cause().getMessage() + " in "
                        + Printable.preview(frame.bytes(), 0, frame.length(), 300));
                return;
            }
            if (responses.isEmpty() && !isGreeting(response)) {
                violations.add("first response is not a greeting (RFC 3501 §7.1): " + response);
            }
            if (codeOf(response) instanceof ResponseCode.Other other && other.name().equals("SERVERBUG")) {
                violations.add("a command failed inside the server: " + response);
            }
            if (response instanceof TaggedResponse tagged && tagged.status() == StatusCondition.OK
                    && startTlsTags.contains(tagged.tag())) {
                startTlsAccepted = true;
            }
            responses.add(response);
        }
    }

    List<Response> responses() {
        return responses;
    }

    List<String> violations() {
        return violations;
    }

    /** The server said OK to STARTTLS: what follows would be TLS, which this client does not speak. */
    boolean startTlsAccepted() {
        return startTlsAccepted;
    }

    /** True unless the server stopped in the middle of a response. */
    boolean betweenFrames() {
        return framer.isBetweenFrames();
    }

    String transcript() {
        byte[] bytes = kept.toByteArray();
        return Printable.preview(bytes, 0, bytes.length, KEPT);
    }

    private static boolean isGreeting(Response response) {
        return response instanceof UntaggedResponse.Status s && (s.status() == StatusCondition.OK
                || s.status() == StatusCondition.PREAUTH || s.status() == StatusCondition.BYE);
    }

    private static ResponseCode codeOf(Response response) {
        if (response instanceof TaggedResponse t) {
            return t.code();
        }
        return response instanceof UntaggedResponse.Status s ? s.code() : null;
    }
}

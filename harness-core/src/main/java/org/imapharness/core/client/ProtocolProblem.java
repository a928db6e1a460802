package org.imapharness.core.client;

import org.imapharness.protocol.frame.FrameError;
import org.imapharness.protocol.model.Octets;
import org.imapharness.protocol.model.Printable;
import org.imapharness.protocol.response.ContinuationRequest;
import org.imapharness.protocol.response.MalformedResponse;
import org.imapharness.protocol.response.TaggedResponse;

/**
 * Something the server sent that the driver could not use as intended. None of these closes the
 * connection: each is counted, passed to the problem listeners and attached to the results of
 * the commands in flight, and the exchange goes on.
 */
public sealed interface ProtocolProblem {

    enum Kind { MALFORMED, FRAMING, UNEXPECTED_CONTINUATION, UNKNOWN_TAG, LATE_COMPLETION, DISCARDED_BEFORE_TLS }

    Kind kind();

    /** One line for people: what was wrong, with the raw bytes escaped. */
    String describe();

    /** A response that breaks the grammar; its raw bytes and the parser's diagnosis. */
    record Malformed(MalformedResponse response) implements ProtocolProblem {
        public Kind kind() {
            return Kind.MALFORMED;
        }

        public String describe() {
            return "malformed response (" + response.cause().getMessage() + "): " + response.raw();
        }
    }

    /** Input over the frame limits or with an impossible literal; the frame was skipped. */
    record Framing(FrameError error) implements ProtocolProblem {
        public Kind kind() {
            return Kind.FRAMING;
        }

        public String describe() {
            return "framing error " + error.kind() + " at byte " + error.offset() + ": " + error.message();
        }
    }

    /** A {@code +} while no command was waiting for one (RFC 3501 §7.5). */
    record UnexpectedContinuation(ContinuationRequest request) implements ProtocolProblem {
        public Kind kind() {
            return Kind.UNEXPECTED_CONTINUATION;
        }

        public String describe() {
            return "continuation request while no command waited for one: + " + request.text();
        }
    }

    /** A tagged response whose tag no command carries (RFC 3501 §2.2.1). */
    record UnknownTag(TaggedResponse response) implements ProtocolProblem {
        public Kind kind() {
            return Kind.UNKNOWN_TAG;
        }

        public String describe() {
            return "tagged response for unknown tag " + response.tag() + ": " + response.status() + " "
                    + response.text();
        }
    }

    /** The completion of a command that had already failed with a timeout. */
    record LateCompletion(TaggedResponse response) implements ProtocolProblem {
        public Kind kind() {
            return Kind.LATE_COMPLETION;
        }

        public String describe() {
            return "completion arrived after the command timed out: " + response.tag() + " "
                    + response.status() + " " + response.text();
        }
    }

    /**
     * Bytes that arrived after the STARTTLS OK but before TLS was up. They were sent in plaintext
     * and may have been injected (the attack RFC 2595 §3.1 and RFC 3501 §6.2.1 guard against), so
     * they are thrown away unread rather than treated as protected data.
     *
     * @param bytes           the discarded response (or the start of it, for a framing error)
     * @param incompleteFrame true when the bytes were the unfinished start of a response
     */
    record DiscardedBeforeTls(Octets bytes, boolean incompleteFrame) implements ProtocolProblem {
        public Kind kind() {
            return Kind.DISCARDED_BEFORE_TLS;
        }

        public String describe() {
            byte[] b = bytes.toByteArray();
            String what = incompleteFrame ? "an unfinished response" : b.length + " bytes";
            return "plaintext after the STARTTLS OK was discarded, " + what + ": "
                    + Printable.preview(b, 0, b.length, 120);
        }
    }
}

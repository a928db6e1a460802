package org.imapharness.protocol.codec;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.Objects;
import org.imapharness.protocol.response.ContinuationRequest;
import org.imapharness.protocol.response.MalformedResponse;
import org.imapharness.protocol.response.Response;
import org.imapharness.protocol.response.ResponseCode;
import org.imapharness.protocol.response.StatusCondition;
import org.imapharness.protocol.response.TaggedResponse;
import org.imapharness.protocol.response.UntaggedResponse;

/**
 * Writes any {@link Response} as a careful server would (RFC 3501 §7, §9): the lightest string
 * form that holds each value, message data always as literals, and an
 * {@link IllegalArgumentException} naming the field for any value §9 cannot carry. On error
 * nothing is left in the output buffer. Stateless and thread-safe.
 */
public final class ResponseWriter {

    public byte[] write(Response response) {
        ByteBuf buf = Unpooled.buffer(128);
        try {
            write(response, buf);
            byte[] bytes = new byte[buf.readableBytes()];
            buf.readBytes(bytes);
            return bytes;
        } finally {
            buf.release();
        }
    }

    public void write(Response response, ByteBuf out) {
        Objects.requireNonNull(response, "response");
        Objects.requireNonNull(out, "out");
        int mark = out.writerIndex();
        try {
            encode(response, new ResponseOutput(out));
        } catch (RuntimeException e) {
            out.writerIndex(mark);
            throw e;
        }
    }

    private static void encode(Response response, ResponseOutput o) {
        if (response instanceof TaggedResponse t) {
            o.tag(t.tag()).sp();
            condition(o, t.status(), "tagged status").sp();
            respText(o, t.code(), t.text());
        } else if (response instanceof UntaggedResponse.Status s) {
            o.raw("* ");
            condition(o, s.status(), "status").sp();
            respText(o, s.code(), s.text());
        } else if (response instanceof UntaggedResponse u) {
            o.raw("* ");
            ResponseUntaggedWriter.untagged(o, u);
        } else if (response instanceof ContinuationRequest c) {
            o.raw("+ ");
            if (c.code() != null) {
                respText(o, c.code(), c.text());
            } else {
                // Text or base64; empty is the empty base64 challenge.
                noCodeLookalike(c.text(), "continue-req text");
                o.text(c.text(), "continue-req text", true);
            }
        } else if (response instanceof MalformedResponse) {
            throw new IllegalArgumentException("a MalformedResponse has no valid wire form");
        } else {
            throw new IllegalArgumentException("unknown response type " + response.getClass().getName());
        }
        o.crlf();
    }

    private static ResponseOutput condition(ResponseOutput o, StatusCondition status, String field) {
        return o.raw(ResponseOutput.required(status, field).name());
    }

    /** {@code resp-text = ["[" resp-text-code "]" SP] text}. */
    private static void respText(ResponseOutput o, ResponseCode code, String text) {
        if (code != null) {
            o.ch('[');
            ResponseCodeWriter.respTextCode(o, code);
            o.raw("] ");
        } else {
            noCodeLookalike(text, "resp-text");
        }
        o.text(text, "resp-text", false);
    }

    /** Text opening with "[" would be read back as a resp-text-code. */
    private static void noCodeLookalike(String text, String field) {
        if (text.startsWith("[")) {
            throw ResponseOutput.invalid(field, "text without a code cannot start with '['");
        }
    }
}

package org.imapharness.protocol.codec;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.imapharness.protocol.frame.Frame;
import org.imapharness.protocol.model.Octets;
import org.imapharness.protocol.response.ContinuationRequest;
import org.imapharness.protocol.response.MalformedResponse;
import org.imapharness.protocol.response.Response;
import org.imapharness.protocol.response.ResponseCode;
import org.imapharness.protocol.response.StatusCondition;
import org.imapharness.protocol.response.TaggedResponse;
import org.imapharness.protocol.response.UntaggedResponse;

/**
 * Strict recursive-descent parser for server responses (RFC 3501 §7 and §9, plus the
 * extensions in {@code UntaggedResponse}), one method per ABNF rule, named after it. Input is
 * one complete frame as the frame decoder delivers it: the whole response with its CRLF and
 * literal data inline. Anything that breaks the grammar becomes a {@link MalformedResponse}
 * with the raw bytes and the rule, offset, expectation and finding; {@link #parse} throws
 * nothing for any input. Known deviations are accepted only as allowed {@link Quirk}s and
 * counted in {@link #quirks()}.
 *
 * <p>One instance per connection (or thread): the parser reuses its cursor and its counter
 * is thread-confined.
 */
public final class ResponseParser {
    private final Set<Quirk> allowed;
    private final QuirkCounter quirks = new QuirkCounter();
    private final ResponseLexer in;

    /** Accepts every known quirk, counting each occurrence. */
    public ResponseParser() {
        this(EnumSet.allOf(Quirk.class));
    }

    public ResponseParser(Set<Quirk> allowedQuirks) {
        this.allowed = Collections.unmodifiableSet(
                allowedQuirks.isEmpty() ? EnumSet.noneOf(Quirk.class) : EnumSet.copyOf(allowedQuirks));
        this.in = new ResponseLexer(this.allowed);
    }

    /** Accepts no quirk: RFC 3501 §9 as written. */
    public static ResponseParser strict() {
        return new ResponseParser(EnumSet.noneOf(Quirk.class));
    }

    public Set<Quirk> allowedQuirks() {
        return allowed;
    }

    /** Quirks accepted so far by this parser. */
    public QuirkCounter quirks() {
        return quirks;
    }

    public Response parse(byte[] frame) {
        return parse(frame, 0, frame.length);
    }

    /**
     * Parses a frame from the frame decoder, the fast way: a frame's array never changes, so
     * large message data in the result is a view of it rather than a copy, and literals the
     * decoder already found free of NUL are not scanned again. Results equal {@link #parse(byte[])}'s.
     */
    public Response parse(Frame frame) {
        byte[] bytes = frame.bytes();
        return parse(bytes, 0, bytes.length, true, frame.nulFreeLiterals());
    }

    /**
     * Parses {@code frame[offset..offset+length)}; error offsets are relative to {@code offset}.
     * The array is read in place and not kept: results hold copies.
     *
     * @throws IndexOutOfBoundsException if the range is not inside the array (a caller bug,
     *     never a property of the input bytes)
     */
    public Response parse(byte[] frame, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, frame.length);
        return parse(frame, offset, length, false, false);
    }

    private Response parse(byte[] frame, int offset, int length, boolean share, boolean nulFreeLiterals) {
        in.reset(frame, offset, length, share, nulFreeLiterals);
        try {
            Response r = response();
            in.commitQuirks(quirks);
            return r;
        } catch (ImapSyntaxException e) {
            return malformed(frame, offset, length, share, e);
        } catch (RuntimeException e) {
            // Defence in depth: a model constructor refused a value the rules let through.
            return malformed(frame, offset, length, share,
                    new ImapSyntaxException("response", in.offset(), "a value the model can hold", e.toString()));
        }
    }

    private MalformedResponse malformed(byte[] frame, int offset, int length, boolean share, ImapSyntaxException e) {
        in.dropQuirks();
        Octets raw = share ? Octets.view(frame, offset, offset + length) : Octets.of(frame, offset, offset + length);
        return new MalformedResponse(raw, e);
    }

    /** {@code response}: one continue-req, response-data or response-done line. */
    private Response response() {
        int c = in.peek();
        if (c == '+') {
            return continueReq();
        }
        if (c == '*') {
            return responseData();
        }
        return responseTagged();
    }

    /** {@code continue-req = "+" SP (resp-text / base64) CRLF}; empty base64 is valid. */
    private ContinuationRequest continueReq() {
        in.pos++;
        ContinuationRequest r;
        if (in.accept(' ')) {
            RespText t = respText(true);
            r = new ContinuationRequest(t.code, t.text);
        } else {
            missingText("continue-req");
            r = new ContinuationRequest(null, "");
        }
        in.crlf("continue-req");
        return r;
    }

    /** {@code response-tagged = tag SP resp-cond-state CRLF}. */
    private TaggedResponse responseTagged() {
        String tag = in.tag();
        in.sp("response-tagged");
        StatusCondition status = respCondState();
        RespText t = respTextAfterCondition("response-tagged");
        in.crlf("response-tagged");
        return new TaggedResponse(tag, status, t.code, t.text);
    }

    /** {@code resp-cond-state}: OK / NO / BAD; PREAUTH and BYE are untagged only (§7.1). */
    private StatusCondition respCondState() {
        int start = in.pos;
        int stop = in.scanAtom();
        StatusCondition s = condition(start, stop);
        if (s == null || !s.allowedTagged()) {
            throw in.fail("resp-cond-state", "OK, NO or BAD");
        }
        in.pos = stop;
        return s;
    }

    /** {@code response-data = "*" SP (resp-cond-state / resp-cond-bye / mailbox-data / ...) CRLF}. */
    private UntaggedResponse responseData() {
        in.pos++;
        in.sp("response-data");
        if (ResponseLexer.isDigit(in.peek())) {
            UntaggedResponse r = ResponseMessageParser.numbered(in);
            in.endOfResponse("response-data");
            return r;
        }
        int start = in.pos;
        int stop = in.scanAtom();
        StatusCondition status = condition(start, stop);
        if (status != null) {
            in.pos = stop;
            RespText t = respTextAfterCondition("response-data");
            in.crlf("response-data");
            return new UntaggedResponse.Status(status, t.code, t.text);
        }
        UntaggedResponse r = ResponseMailboxParser.mailboxData(in, start, stop);
        in.endOfResponse("response-data");
        return r;
    }

    private StatusCondition condition(int start, int stop) {
        switch (stop - start) {
            case 2:
                return in.is(start, stop, "OK") ? StatusCondition.OK : in.is(start, stop, "NO") ? StatusCondition.NO : null;
            case 3:
                return in.is(start, stop, "BAD") ? StatusCondition.BAD : in.is(start, stop, "BYE") ? StatusCondition.BYE : null;
            case 7:
                return in.is(start, stop, "PREAUTH") ? StatusCondition.PREAUTH : null;
            default:
                return null;
        }
    }

    /** The {@code SP resp-text} after a condition keyword; without SP it is a quirk. */
    private RespText respTextAfterCondition(String rule) {
        if (in.accept(' ')) {
            return respText(false);
        }
        missingText(rule);
        return RespText.NONE;
    }

    /**
     * {@code resp-text = ["[" resp-text-code "]" SP] text}. A leading "[" always opens a code,
     * as every implementation reads it, though the ABNF alone would also allow it as text.
     */
    private RespText respText(boolean emptyTextIsValid) {
        ResponseCode code = null;
        if (in.accept('[')) {
            code = ResponseCodeParser.respTextCode(in);
            in.expect(']', "resp-text");
            if (!in.accept(' ')) {
                missingText("resp-text");
                return new RespText(code, "");
            }
        }
        String text = in.text("text");
        if (text.isEmpty() && !(emptyTextIsValid && code == null)) {
            in.quirk(Quirk.EMPTY_RESP_TEXT, "text", "TEXT-CHAR");
        }
        return new RespText(code, text);
    }

    private void missingText(String rule) {
        if (!in.atLineEnd()) {
            throw in.fail(rule, "SP");
        }
        in.quirk(Quirk.MISSING_SPACE_BEFORE_TEXT, rule, "SP");
    }

    private record RespText(ResponseCode code, String text) {
        static final RespText NONE = new RespText(null, "");
    }
}

package org.imapharness.protocol.codec;

import java.time.OffsetDateTime;
import java.util.List;
import org.imapharness.protocol.model.Octets;
import org.imapharness.protocol.model.Section;
import org.imapharness.protocol.response.MessageAttribute;
import org.imapharness.protocol.response.MessageAttribute.Rfc822.Rfc822Part;
import org.imapharness.protocol.response.UntaggedResponse;

/**
 * Untagged data that starts with a number: {@code n EXISTS}, {@code n RECENT} (§7.3) and
 * {@code message-data} (§7.4): EXPUNGE and FETCH with every {@code msg-att}, including MODSEQ
 * (RFC 7162 §3.1.4) and BINARY / BINARY.SIZE (RFC 3516 §4.2).
 */
final class ResponseMessageParser {
    private ResponseMessageParser() {
    }

    /** {@code number SP ("EXISTS" / "RECENT")} / {@code nz-number SP ("EXPUNGE" / "FETCH" SP msg-att)}. */
    static UntaggedResponse numbered(ResponseLexer in) {
        int numberAt = in.pos;
        long n = in.number("response-data");
        in.sp("response-data");
        int start = in.pos;
        int stop = in.scanAtom();
        in.pos = stop;
        if (in.is(start, stop, "EXISTS")) {
            return new UntaggedResponse.Exists(n);
        }
        if (in.is(start, stop, "RECENT")) {
            return new UntaggedResponse.Recent(n);
        }
        boolean expunge = in.is(start, stop, "EXPUNGE");
        if (!expunge && !in.is(start, stop, "FETCH")) {
            in.pos = start;
            throw in.fail("response-data", "EXISTS, RECENT, EXPUNGE or FETCH");
        }
        if (n == 0) {
            throw in.failAt(numberAt, "message-data", "nz-number");
        }
        if (expunge) {
            return new UntaggedResponse.Expunge(n);
        }
        in.sp("message-data");
        return new UntaggedResponse.Fetch(n, msgAtt(in));
    }

    /** {@code msg-att = "(" (msg-att-dynamic / msg-att-static) *(SP ...) ")"}. */
    static List<MessageAttribute> msgAtt(ResponseLexer in) {
        in.expect('(', "msg-att");
        int atts = in.listStart();
        do {
            in.listAdd(msgAttItem(in));
            if (in.peek() == ' ' && in.pos + 1 < in.end && in.buf[in.pos + 1] == ')') {
                in.quirk(Quirk.SPACE_BEFORE_CLOSE_PAREN, "msg-att", "')' or SP and another msg-att");
                in.pos++;
                break;
            }
        } while (in.accept(' '));
        in.expect(')', "msg-att");
        return in.listEnd(atts);
    }

    private static MessageAttribute msgAttItem(ResponseLexer in) {
        int start = in.pos;
        int stop = in.scanName();
        in.pos = stop;
        switch (stop - start) {
            case 3:
                if (in.is(start, stop, "UID")) {
                    in.sp("msg-att-static");
                    return new MessageAttribute.Uid(in.nzNumber("uniqueid"));
                }
                break;
            case 4:
                if (in.is(start, stop, "BODY")) {
                    return in.peek() == '[' ? bodySection(in) : body(in, false);
                }
                break;
            case 5:
                if (in.is(start, stop, "FLAGS")) {
                    in.sp("msg-att-dynamic");
                    return new MessageAttribute.Flags(ResponseMailboxParser.flagList(in, false));
                }
                break;
            case 6:
                if (in.is(start, stop, "RFC822")) {
                    return rfc822(in, Rfc822Part.WHOLE);
                }
                if (in.is(start, stop, "MODSEQ")) {
                    return modSeq(in);
                }
                if (in.is(start, stop, "BINARY")) {
                    return binary(in);
                }
                break;
            case 8:
                if (in.is(start, stop, "ENVELOPE")) {
                    in.sp("msg-att-static");
                    return new MessageAttribute.EnvelopeItem(ResponseEnvelopeParser.envelope(in));
                }
                break;
            case 11:
                if (in.is(start, stop, "RFC822.SIZE")) {
                    in.sp("msg-att-static");
                    return new MessageAttribute.Rfc822Size(in.number("msg-att-static"));
                }
                if (in.is(start, stop, "RFC822.TEXT")) {
                    return rfc822(in, Rfc822Part.TEXT);
                }
                if (in.is(start, stop, "BINARY.SIZE")) {
                    List<Integer> part = sectionBinary(in);
                    in.sp("msg-att-static");
                    return new MessageAttribute.BinarySize(part, in.number("msg-att-static"));
                }
                break;
            case 12:
                if (in.is(start, stop, "INTERNALDATE")) {
                    in.sp("msg-att-static");
                    return new MessageAttribute.InternalDate(dateTime(in));
                }
                break;
            case 13:
                if (in.is(start, stop, "BODYSTRUCTURE")) {
                    return body(in, true);
                }
                if (in.is(start, stop, "RFC822.HEADER")) {
                    return rfc822(in, Rfc822Part.HEADER);
                }
                break;
            default:
                break;
        }
        throw in.failAt(start, "msg-att", "FLAGS, ENVELOPE, INTERNALDATE, RFC822[.HEADER/.SIZE/.TEXT], BODY, "
                + "BODYSTRUCTURE, BODY[...], UID, MODSEQ, BINARY[...] or BINARY.SIZE[...]");
    }

    private static MessageAttribute body(ResponseLexer in, boolean extensible) {
        in.sp("msg-att-static");
        return new MessageAttribute.Body(ResponseBodyParser.body(in), extensible);
    }

    /** {@code "BODY" section ["<" number ">"] SP nstring}. */
    private static MessageAttribute bodySection(ResponseLexer in) {
        Section section = ResponseSectionParser.section(in);
        Long origin = origin(in);
        in.sp("msg-att-static");
        return new MessageAttribute.BodySection(section, origin, in.nstringOctets("nstring"));
    }

    private static MessageAttribute rfc822(ResponseLexer in, Rfc822Part part) {
        in.sp("msg-att-static");
        return new MessageAttribute.Rfc822(part, in.nstringOctets("nstring"));
    }

    /** {@code fetch-mod-resp = "MODSEQ" SP "(" permsg-modsequence ")"}. */
    private static MessageAttribute modSeq(ResponseLexer in) {
        in.sp("fetch-mod-resp");
        in.expect('(', "fetch-mod-resp");
        long value = in.modSequenceValue("mod-sequence-value");
        in.expect(')', "fetch-mod-resp");
        return new MessageAttribute.ModSeq(value);
    }

    /** {@code "BINARY" section-binary ["<" number ">"] SP (nstring / literal8)}. */
    private static MessageAttribute binary(ResponseLexer in) {
        List<Integer> part = sectionBinary(in);
        Long origin = origin(in);
        in.sp("msg-att-static");
        Octets data = in.peek() == '~' ? in.literal8("literal8") : in.nstringOctets("nstring");
        return new MessageAttribute.Binary(part, origin, data);
    }

    /** {@code section-binary = "[" [section-part] "]"}. */
    private static List<Integer> sectionBinary(ResponseLexer in) {
        in.expect('[', "section-binary");
        List<Integer> part = in.peek() == ']' ? List.of() : ResponseSectionParser.sectionPart(in, false);
        in.expect(']', "section-binary");
        return part;
    }

    /** {@code "<" number ">"}: the origin octet of a partial fetch. */
    private static Long origin(ResponseLexer in) {
        if (!in.accept('<')) {
            return null;
        }
        long origin = in.number("msg-att-static");
        in.expect('>', "msg-att-static");
        return origin;
    }

    /** {@code date-time = DQUOTE date-day-fixed "-" date-month "-" date-year SP time SP zone DQUOTE}. */
    static OffsetDateTime dateTime(ResponseLexer in) {
        in.expect('"', "date-time");
        if (in.end - in.pos < DateTimes.LENGTH + 1) {
            throw in.fail("date-time", "\"dd-Mon-yyyy hh:mm:ss +zzzz\"");
        }
        OffsetDateTime t = DateTimes.parse(in.buf, in.pos, in.base);
        in.pos += DateTimes.LENGTH;
        in.expect('"', "date-time");
        return t;
    }
}

package org.imapharness.protocol.codec;

import java.util.List;
import org.imapharness.protocol.model.Address;
import org.imapharness.protocol.model.Envelope;
import org.imapharness.protocol.model.Section;
import org.imapharness.protocol.response.MessageAttribute;

/** Writes {@code msg-att} (RFC 3501 §7.4.2; MODSEQ RFC 7162 §3.1.4; BINARY RFC 3516 §4.2). */
final class ResponseFetchWriter {
    private ResponseFetchWriter() {
    }

    static void msgAtt(ResponseOutput o, List<MessageAttribute> attributes) {
        if (attributes.isEmpty()) {
            throw ResponseOutput.invalid("FETCH attributes", "msg-att needs at least one item");
        }
        o.ch('(');
        for (int i = 0; i < attributes.size(); i++) {
            if (i > 0) {
                o.sp();
            }
            item(o, ResponseOutput.required(attributes.get(i), "FETCH attribute"));
        }
        o.ch(')');
    }

    private static void item(ResponseOutput o, MessageAttribute a) {
        if (a instanceof MessageAttribute.Flags f) {
            o.raw("FLAGS ");
            ResponseUntaggedWriter.flagList(o, f.flags(), "FETCH flag", false);
        } else if (a instanceof MessageAttribute.Uid u) {
            o.raw("UID ").nzNumber(u.uid(), "UID");
        } else if (a instanceof MessageAttribute.InternalDate d) {
            o.raw("INTERNALDATE ").dateTime(d.dateTime(), "INTERNALDATE");
        } else if (a instanceof MessageAttribute.Rfc822Size s) {
            o.raw("RFC822.SIZE ").number(s.size(), "RFC822.SIZE");
        } else if (a instanceof MessageAttribute.EnvelopeItem e) {
            o.raw("ENVELOPE ");
            envelope(o, ResponseOutput.required(e.envelope(), "ENVELOPE"));
        } else if (a instanceof MessageAttribute.Body b) {
            o.raw(b.extensible() ? "BODYSTRUCTURE " : "BODY ");
            ResponseBodyWriter.body(o, ResponseOutput.required(b.structure(), "BODY"), b.extensible());
        } else if (a instanceof MessageAttribute.BodySection s) {
            o.raw("BODY[");
            section(o, s.section());
            o.ch(']');
            origin(o, s.origin(), "BODY origin");
            o.sp().messageData(s.data(), "BODY[] data");
        } else if (a instanceof MessageAttribute.Rfc822 r) {
            o.raw(ResponseOutput.required(r.part(), "RFC822 part").wire()).sp().messageData(r.data(), r.part().wire());
        } else if (a instanceof MessageAttribute.ModSeq m) {
            o.raw("MODSEQ (").modSequenceValue(m.modSeq(), "MODSEQ").ch(')');
        } else if (a instanceof MessageAttribute.Binary b) {
            o.raw("BINARY[").raw(part(b.part())).ch(']');
            origin(o, b.origin(), "BINARY origin");
            o.sp().binaryData(b.data());
        } else if (a instanceof MessageAttribute.BinarySize s) {
            o.raw("BINARY.SIZE[").raw(part(s.part())).raw("] ").number(s.size(), "BINARY.SIZE");
        } else {
            throw new IllegalArgumentException("unknown message attribute " + a);
        }
    }

    private static void origin(ResponseOutput o, Long origin, String field) {
        if (origin != null) {
            o.ch('<').number(origin, field).ch('>');
        }
    }

    /** The section-spec; header field names are astrings, so they are written as such. */
    private static void section(ResponseOutput o, Section s) {
        ResponseOutput.required(s, "section");
        String part = part(s.part());
        o.raw(part);
        if (s.specifier() != Section.Specifier.NONE) {
            o.raw(part.isEmpty() ? "" : ".").raw(s.specifier().wire());
        }
        if (s.specifier().hasFields()) {
            o.raw(" (");
            ResponseCodeWriter.separated(o, s.fields(), "header field name", true);
            o.ch(')');
        }
    }

    private static String part(List<Integer> part) {
        StringBuilder sb = new StringBuilder();
        for (int p : part) {
            if (p < 1) {
                throw ResponseOutput.invalid("section part", "part numbers are nz-numbers: " + p);
            }
            if (sb.length() > 0) {
                sb.append('.');
            }
            sb.append(p);
        }
        return sb.toString();
    }

    static void envelope(ResponseOutput o, Envelope e) {
        o.ch('(').nstring(e.date(), "env-date").sp().nstring(e.subject(), "env-subject").sp();
        addressList(o, e.from(), "env-from");
        o.sp();
        addressList(o, e.sender(), "env-sender");
        o.sp();
        addressList(o, e.replyTo(), "env-reply-to");
        o.sp();
        addressList(o, e.to(), "env-to");
        o.sp();
        addressList(o, e.cc(), "env-cc");
        o.sp();
        addressList(o, e.bcc(), "env-bcc");
        o.sp().nstring(e.inReplyTo(), "env-in-reply-to").sp().nstring(e.messageId(), "env-message-id").ch(')');
    }

    private static void addressList(ResponseOutput o, List<Address> list, String field) {
        if (list == null) {
            o.raw("NIL");
            return;
        }
        if (list.isEmpty()) {
            throw ResponseOutput.invalid(field, "an empty address list has no wire form; use null for NIL");
        }
        o.ch('(');
        for (Address a : list) {
            ResponseOutput.required(a, field);
            o.ch('(').nstring(a.name(), "addr-name").sp().nstring(a.adl(), "addr-adl").sp()
                    .nstring(a.mailbox(), "addr-mailbox").sp().nstring(a.host(), "addr-host").ch(')');
        }
        o.ch(')');
    }
}

package org.imapharness.protocol.model;

import java.util.List;

/**
 * The ENVELOPE message attribute (RFC 3501 §7.4.2). String fields are NIL as {@code null};
 * address lists are NIL as {@code null} (distinct from an empty list, which the grammar
 * does not allow on the wire but which callers may build).
 */
public record Envelope(
        String date,
        String subject,
        List<Address> from,
        List<Address> sender,
        List<Address> replyTo,
        List<Address> to,
        List<Address> cc,
        List<Address> bcc,
        String inReplyTo,
        String messageId) {

    public Envelope {
        from = copy(from);
        sender = copy(sender);
        replyTo = copy(replyTo);
        to = copy(to);
        cc = copy(cc);
        bcc = copy(bcc);
    }

    private static List<Address> copy(List<Address> list) {
        return list == null ? null : List.copyOf(list);
    }
}

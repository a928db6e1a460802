package org.imapharness.protocol.codec;

import java.util.List;
import org.imapharness.protocol.model.Address;
import org.imapharness.protocol.model.Envelope;

/** {@code envelope} and {@code address} (RFC 3501 §7.4.2, §9). */
final class ResponseEnvelopeParser {
    private ResponseEnvelopeParser() {
    }

    /**
     * {@code envelope = "(" env-date SP env-subject SP env-from SP env-sender SP env-reply-to SP
     * env-to SP env-cc SP env-bcc SP env-in-reply-to SP env-message-id ")"}.
     */
    static Envelope envelope(ResponseLexer in) {
        in.expect('(', "envelope");
        String date = in.nstring("env-date");
        in.sp("envelope");
        String subject = in.nstring("env-subject");
        in.sp("envelope");
        List<Address> from = addressList(in, "env-from");
        in.sp("envelope");
        List<Address> sender = addressList(in, "env-sender");
        in.sp("envelope");
        List<Address> replyTo = addressList(in, "env-reply-to");
        in.sp("envelope");
        List<Address> to = addressList(in, "env-to");
        in.sp("envelope");
        List<Address> cc = addressList(in, "env-cc");
        in.sp("envelope");
        List<Address> bcc = addressList(in, "env-bcc");
        in.sp("envelope");
        String inReplyTo = in.nstring("env-in-reply-to");
        in.sp("envelope");
        String messageId = in.nstring("env-message-id");
        in.expect(')', "envelope");
        return new Envelope(date, subject, from, sender, replyTo, to, cc, bcc, inReplyTo, messageId);
    }

    /** {@code "(" 1*address ")" / nil}; {@code ()} is the {@link Quirk#EMPTY_ADDRESS_LIST} quirk. */
    private static List<Address> addressList(ResponseLexer in, String rule) {
        if (in.acceptNil()) {
            return null;
        }
        in.expect('(', rule);
        int list = in.listStart();
        if (in.peek() == ')') {
            in.quirk(Quirk.EMPTY_ADDRESS_LIST, rule, "address");
        } else {
            do {
                in.listAdd(address(in));
            } while (in.peek() == '(');
        }
        in.expect(')', rule);
        return in.listEnd(list);
    }

    /** {@code address = "(" addr-name SP addr-adl SP addr-mailbox SP addr-host ")"}. */
    static Address address(ResponseLexer in) {
        in.expect('(', "address");
        String name = in.nstring("addr-name");
        in.sp("address");
        String adl = in.nstring("addr-adl");
        in.sp("address");
        String mailbox = in.nstring("addr-mailbox");
        in.sp("address");
        String host = in.nstring("addr-host");
        in.expect(')', "address");
        return new Address(name, adl, mailbox, host);
    }
}

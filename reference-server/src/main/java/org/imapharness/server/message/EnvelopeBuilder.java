package org.imapharness.server.message;

import java.util.List;
import org.imapharness.protocol.model.Address;
import org.imapharness.protocol.model.Envelope;

/**
 * ENVELOPE from a header (RFC 3501 §7.4.2). String fields are the unfolded header values as sent
 * (NIL when the field is absent, "" when present but empty); address fields are NIL when absent
 * or when no address could be parsed. Sender and Reply-To fall back to From when absent or empty.
 * Only the first occurrence of each field counts.
 */
public final class EnvelopeBuilder {
    private EnvelopeBuilder() {
    }

    public static Envelope build(HeaderBlock header) {
        List<Address> from = addresses(header, "From");
        List<Address> sender = addresses(header, "Sender");
        List<Address> replyTo = addresses(header, "Reply-To");
        return new Envelope(
                header.value("Date"),
                header.value("Subject"),
                from,
                sender == null ? from : sender,
                replyTo == null ? from : replyTo,
                addresses(header, "To"),
                addresses(header, "Cc"),
                addresses(header, "Bcc"),
                header.value("In-Reply-To"),
                header.value("Message-ID"));
    }

    private static List<Address> addresses(HeaderBlock header, String name) {
        String value = header.value(name);
        if (value == null) {
            return null;
        }
        List<Address> parsed = AddressParser.parse(value);
        return parsed.isEmpty() ? null : parsed;
    }
}

package org.imapharness.core.scenario;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import org.imapharness.protocol.model.Octets;

/**
 * A message appended before the scenario starts ({@code append:} header line).
 *
 * @param line     where it is declared
 * @param mailbox  the mailbox, e.g. {@code $box} or {@code INBOX}
 * @param flags    flags to set, empty for none
 * @param date     the internal date to set, or {@code null} for the server's choice
 * @param message  the message bytes
 * @param source   where the bytes came from: a file name, "inline" or "block"
 */
public record MessageFixture(int line, Template mailbox, List<String> flags, OffsetDateTime date, Octets message,
                             String source) {
    public MessageFixture {
        Objects.requireNonNull(mailbox, "mailbox");
        flags = List.copyOf(flags);
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(source, "source");
    }
}

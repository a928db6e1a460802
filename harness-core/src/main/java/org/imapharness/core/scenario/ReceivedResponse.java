package org.imapharness.core.scenario;

import java.util.Objects;
import org.imapharness.protocol.model.Octets;

/**
 * A response shown in a failure: as parsed (IMAP text rebuilt from the parsed model) and as
 * received (the raw bytes), with why it did not match when that is known.
 *
 * @param connection the connection it arrived on
 * @param parsed     the parsed response as text, or the parser's diagnosis for a malformed one
 * @param raw        the bytes as received
 * @param note       why it does not match the expected line, or {@code ""}
 */
public record ReceivedResponse(int connection, String parsed, Octets raw, String note) {
    public ReceivedResponse {
        Objects.requireNonNull(parsed, "parsed");
        Objects.requireNonNull(raw, "raw");
        note = note == null ? "" : note;
    }
}

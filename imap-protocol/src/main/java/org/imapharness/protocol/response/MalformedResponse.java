package org.imapharness.protocol.response;

import org.imapharness.protocol.codec.ImapSyntaxException;
import org.imapharness.protocol.model.Octets;

/** Bytes the server sent that break the grammar, with the parser's diagnosis. */
public record MalformedResponse(Octets raw, ImapSyntaxException cause) implements Response {
}

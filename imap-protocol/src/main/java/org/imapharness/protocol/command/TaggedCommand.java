package org.imapharness.protocol.command;

import java.util.Objects;

/** A command with its tag, as one client line (plus literals) on the wire (RFC 3501 §2.2.1). */
public record TaggedCommand(String tag, Command command) {
    public TaggedCommand {
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(command, "command");
    }
}

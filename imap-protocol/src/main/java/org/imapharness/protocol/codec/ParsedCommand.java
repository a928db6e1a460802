package org.imapharness.protocol.codec;

import java.util.Objects;
import org.imapharness.protocol.command.TaggedCommand;

/**
 * What {@link CommandParser} made of one frame: a command, or the syntax error a server
 * answers with {@code tag BAD} (RFC 3501 §7.1.3), or {@code * BAD} when not even the tag
 * could be read.
 */
public sealed interface ParsedCommand {

    record Ok(TaggedCommand command) implements ParsedCommand {
        public Ok {
            Objects.requireNonNull(command, "command");
        }
    }

    /** {@code tag} is {@code null} when the frame does not start with a valid tag and a space. */
    record Error(String tag, ImapSyntaxException cause) implements ParsedCommand {
        public Error {
            Objects.requireNonNull(cause, "cause");
        }
    }
}

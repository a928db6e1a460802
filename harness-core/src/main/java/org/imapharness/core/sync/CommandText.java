package org.imapharness.core.sync;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.imapharness.protocol.codec.CommandWriter;
import org.imapharness.protocol.command.Command;
import org.imapharness.protocol.command.TaggedCommand;

/**
 * A command as a scenario {@code C:} line (docs/scenario-language.md): the wire form without tag
 * and CRLF, dollar signs doubled, the run's folder names turned into variables and an APPEND's
 * message written as a {@code {"..."}} literal with escapes.
 */
final class CommandText {
    private static final CommandWriter WRITER = new CommandWriter();

    private CommandText() {
    }

    static String of(Command command, Folders folders) {
        List<byte[]> segments = WRITER.encode(new TaggedCommand("X", command)).segments();
        String head = new String(segments.get(0), StandardCharsets.ISO_8859_1);
        head = head.substring(2, head.length() - 2); // drop "X " and CRLF
        if (command instanceof Command.Append append) {
            head = head.substring(0, head.lastIndexOf('{')); // the announcement: we write the literal ourselves
            return folders.toVariables(head.replace("$", "$$")) + literal(append.message().toByteArray());
        }
        return folders.toVariables(head.replace("$", "$$"));
    }

    /** {@code {"..."}} with the escapes the scenario language knows. */
    static String literal(byte[] data) {
        StringBuilder sb = new StringBuilder("{\"");
        for (byte b : data) {
            int c = b & 0xff;
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\r' -> sb.append("\\r");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '$' -> sb.append("$$");
                default -> {
                    if (c >= 0x20 && c < 0x7f) {
                        sb.append((char) c);
                    } else {
                        sb.append(String.format("\\x%02X", c));
                    }
                }
            }
        }
        return sb.append("\"}").toString();
    }
}

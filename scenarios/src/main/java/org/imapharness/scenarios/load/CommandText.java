package org.imapharness.scenarios.load;

import java.nio.charset.StandardCharsets;
import org.imapharness.protocol.codec.CommandParser;
import org.imapharness.protocol.codec.ImapSyntaxException;
import org.imapharness.protocol.codec.ParsedCommand;
import org.imapharness.protocol.command.Command;

/**
 * Reads a command written as IMAP text ({@code UID FETCH 1:* (FLAGS BODY.PEEK[HEADER])}) with the
 * project's strict parser (RFC 3501 §9), so scenarios can use the syntax engineers already know
 * and still get typed commands. A static text is parsed once, when the scenario is built, so a
 * typo fails the build of the simulation, not every request.
 */
final class CommandText {
    private static final CommandParser PARSER = new CommandParser();
    private static final String TAG = "T";

    private CommandText() {
    }

    /** @throws IllegalArgumentException naming the rule and the byte offset within {@code text} */
    static Command parse(String text) {
        byte[] frame = (TAG + " " + text + "\r\n").getBytes(StandardCharsets.UTF_8);
        ParsedCommand parsed = PARSER.parse(frame);
        if (parsed instanceof ParsedCommand.Ok ok) {
            return ok.command().command();
        }
        ImapSyntaxException e = ((ParsedCommand.Error) parsed).cause();
        int offset = Math.max(0, e.offset() - TAG.length() - 1);
        throw new IllegalArgumentException("not an IMAP command: \"" + text + "\": syntax error in " + e.rule()
                + " at byte " + offset + ": expected " + e.expected() + ", found " + e.found(), e);
    }

    /** The command for a text that may hold Gatling EL; parsed per user only when it does. */
    static SessionValue<Command> of(String textEl) {
        if (!textEl.contains("#{")) {
            return SessionValue.constant(parse(textEl));
        }
        return SessionValue.el(textEl).map(CommandText::parse);
    }
}

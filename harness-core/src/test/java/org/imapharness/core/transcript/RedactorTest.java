package org.imapharness.core.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.imapharness.protocol.codec.CommandWriter;
import org.imapharness.protocol.codec.LiteralMode;
import org.imapharness.protocol.command.Command;
import org.imapharness.protocol.command.TaggedCommand;
import org.imapharness.protocol.model.Octets;
import org.junit.jupiter.api.Test;

/** Redaction of what the real {@link CommandWriter} produces, in every string form. */
class RedactorTest {

    private static List<String> redacted(CommandWriter writer, Command command) {
        List<byte[]> segments = writer.encode(new TaggedCommand("a1", command)).segments();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            out.add(new String(Redactor.redact(command, i, segments.size(), segments.get(i)),
                    StandardCharsets.UTF_8));
        }
        return out;
    }

    private static List<String> redacted(Command command) {
        return redacted(new CommandWriter(), command);
    }

    @Test
    void atomPassword() {
        assertEquals(List.of("a1 LOGIN alice ***\r\n"), redacted(new Command.Login("alice", "secret")));
    }

    @Test
    void quotedPasswordWithEscapes() {
        assertEquals(List.of("a1 LOGIN alice ***\r\n"), redacted(new Command.Login("alice", "se cr\"et\\")));
    }

    @Test
    void literalPasswordIsItsOwnSegment() {
        List<String> out = redacted(new Command.Login("alice", "pässwörd"));
        assertEquals("***\r\n", out.get(out.size() - 1));
        assertEquals(false, String.join("", out).contains("pässwörd"));
    }

    @Test
    void literalPlusPasswordInTheSameSegment() {
        CommandWriter plus = new CommandWriter(CommandWriter.Options.DEFAULTS.withLiterals(LiteralMode.LITERAL_PLUS));
        List<String> out = redacted(plus, new Command.Login("alice", "pässwörd"));
        assertEquals(1, out.size());
        assertEquals(true, out.get(0).startsWith("a1 LOGIN alice {"), out.get(0));
        assertEquals(true, out.get(0).endsWith("+}\r\n***\r\n"), out.get(0));
    }

    @Test
    void passwordEqualToTheUserNameOnlyMasksThePassword() {
        assertEquals(List.of("a1 LOGIN same ***\r\n"), redacted(new Command.Login("same", "same")));
    }

    @Test
    void saslInitialResponse() {
        Command auth = new Command.Authenticate("PLAIN", Octets.utf8("\0alice\0secret"));
        assertEquals(List.of("a1 AUTHENTICATE PLAIN ***\r\n"), redacted(auth));
    }

    @Test
    void authenticateWithoutInitialResponseAndOtherCommandsAreUntouched() {
        byte[] line = "a1 AUTHENTICATE PLAIN\r\n".getBytes(StandardCharsets.US_ASCII);
        assertSame(line, Redactor.redact(new Command.Authenticate("PLAIN", null), 0, 1, line));
        assertEquals(List.of("a1 SELECT secret\r\n"), redacted(new Command.Select("secret", false, false, null)));
    }
}

package org.imapharness.server.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.imapharness.server.it.ScriptClient;
import org.imapharness.server.it.ServerPerClass;
import org.imapharness.server.it.TestServers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * BINARY (RFC 3516) end to end over a socket: a message with NUL octets APPENDed as literal8
 * ({@code ~{n}}, §4.4) is stored byte for byte and comes back through FETCH BINARY as literal8;
 * BODY[] shows the NULs as 0x80, since RFC 3501 literals cannot carry NUL.
 */
class BinaryIT {
    private static final String BINARY_PART = "A\0B\u00ff\0";
    private static final String MESSAGE = "Subject: binary\r\nMIME-Version: 1.0\r\n"
            + "Content-Type: multipart/mixed; boundary=b\r\n\r\n"
            + "--b\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\naGVsbG8=\r\n"
            + "--b\r\nContent-Type: application/octet-stream\r\nContent-Transfer-Encoding: binary\r\n\r\n"
            + BINARY_PART + "\r\n--b--\r\n";

    @RegisterExtension
    static final ServerPerClass SERVER = new ServerPerClass();

    @Test
    void advertised() throws Exception {
        try (ScriptClient c = TestServers.loggedIn(SERVER.get(), "alice")) {
            assertTrue(List.of(c.command("c", "CAPABILITY").get(0).split(" ")).contains("BINARY"));
        }
    }

    @Test
    void literal8AppendKeepsNulOctetsAndBinaryFetchReturnsThem() throws Exception {
        byte[] bytes = MESSAGE.getBytes(StandardCharsets.ISO_8859_1);
        try (ScriptClient c = TestServers.loggedIn(SERVER.get(), "bob")) {
            c.command("m", "CREATE Binary");
            c.send("a APPEND Binary ~{" + bytes.length + "}");
            assertEquals("+ Ready for literal data", c.readLine(), "literal8 is synchronizing like {n}");
            c.sendRaw(bytes);
            c.send("");
            assertTrue(ScriptClient.tagged(c.readUntilTagged("a")).startsWith("a OK [APPENDUID "));
            // The non-synchronizing form works too (RFC 7888 applies to literal8).
            c.sendRaw(("p APPEND Binary ~{" + bytes.length + "+}\r\n" + MESSAGE + "\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            String plus = ScriptClient.tagged(c.readUntilTagged("p"));
            assertTrue(plus.startsWith("p OK [APPENDUID "), plus);
            c.command("s", "SELECT Binary");

            assertEquals("* 1 FETCH (BINARY[2] ~{5}\r\n" + BINARY_PART + ")", fetch(c, "BINARY.PEEK[2]"));
            assertEquals("* 1 FETCH (BINARY.SIZE[2] 5)", fetch(c, "BINARY.SIZE[2]"));
            assertEquals("* 1 FETCH (BINARY[1] {5}\r\nhello)", fetch(c, "BINARY.PEEK[1]"), "base64 undone");
            assertEquals("* 1 FETCH (BINARY[] ~{" + bytes.length + "}\r\n" + MESSAGE + ")", fetch(c, "BINARY.PEEK[]"),
                    "stored byte for byte");
            assertEquals("* 1 FETCH (RFC822.SIZE " + bytes.length + ")", fetch(c, "RFC822.SIZE"));
            String body = fetch(c, "BODY.PEEK[]");
            assertEquals("* 1 FETCH (BODY[] {" + bytes.length + "}\r\n" + MESSAGE.replace('\0', '\u0080') + ")", body,
                    "a literal cannot carry NUL (RFC 3501 section 9 CHAR8): each is shown as 0x80");
            assertEquals("* 1 FETCH (BODY[2] {5}\r\nA\u0080B\u00ff\u0080)", fetch(c, "BODY.PEEK[2]"));
        }
    }

    @Test
    void nulInAnOrdinaryLiteralIsRefused() throws Exception {
        try (ScriptClient c = TestServers.loggedIn(SERVER.get(), "carol")) {
            String bad = ScriptClient.tagged(c.command("a", "APPEND INBOX {3+}\r\na\0b"));
            assertTrue(bad.startsWith("a BAD "), "literal is CHAR8, no NUL (RFC 3501 section 9): " + bad);
        }
    }

    private static String fetch(ScriptClient c, String item) throws Exception {
        List<String> lines = c.command("f", "FETCH 1 (" + item + ")");
        assertEquals("f OK FETCH completed", ScriptClient.tagged(lines));
        assertEquals(2, lines.size(), lines.toString());
        return lines.get(0);
    }
}

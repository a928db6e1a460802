package org.imapharness.protocol.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Negative known answers: malformed commands give the expected tag, rule and byte offset. */
class CommandParserErrorTest {

    /** wire (with \r\n written out), tag the server can answer ({@code null} for {@code * BAD}), rule, offset. */
    static Stream<Arguments> malformed() {
        String deep = "d SEARCH " + "NOT ".repeat(65) + "ALL\r\n";
        return Stream.of(
                Arguments.of("", null, "tag", 0),
                Arguments.of("\r\n", null, "tag", 0),
                Arguments.of("+a NOOP\r\n", null, "tag", 0),
                Arguments.of("a+b NOOP\r\n", null, "command", 1),
                Arguments.of("* NOOP\r\n", null, "tag", 0),
                Arguments.of("a*1 NOOP\r\n", null, "command", 1),
                Arguments.of("a{1} NOOP\r\n", null, "command", 1),
                Arguments.of("a\"b NOOP\r\n", null, "command", 1),
                Arguments.of("a1NOOP\r\n", null, "command", 6),
                Arguments.of("a1  NOOP\r\n", "a1", "command", 3),
                Arguments.of("a1\tNOOP\r\n", null, "command", 2),
                Arguments.of("a1 NOOP", "a1", "command", 7),
                Arguments.of("a1 NOOP\n", "a1", "command", 7),
                Arguments.of("a1 NOOP\r\nx", "a1", "command", 9),
                Arguments.of("a1 NOOP \r\n", "a1", "command", 7),
                Arguments.of("a1 FROB\r\n", "a1", "command", 3),
                Arguments.of("a1 XPIG-LATIN\r\n", "a1", "command", 3),
                Arguments.of("a1 LOGIN fred\r\n", "a1", "login", 13),
                Arguments.of("a1 LOGIN fred  x\r\n", "a1", "password", 14),
                Arguments.of("a1 LOGIN \"fred x\r\n", "a1", "quoted", 16),
                Arguments.of("a1 LOGIN \"fred", "a1", "quoted", 14),
                Arguments.of("a1 LOGIN \"f\\red\" x\r\n", "a1", "quoted", 12),
                Arguments.of("a1 LOGIN \"f\u00e9\" x\r\n", "a1", "quoted", 11),
                Arguments.of("a1 LOGIN {6}\r\nabc\r\n", "a1", "literal", 9),
                Arguments.of("a1 LOGIN {2}\r\nabc x\r\n", "a1", "login", 16),
                Arguments.of("a1 LOGIN {3}\r\na\u0000c x\r\n", "a1", "literal", 15),
                Arguments.of("a1 LOGIN {3}\nabc x\r\n", "a1", "literal", 12),
                Arguments.of("a1 LOGIN {99999999999}\r\n", "a1", "literal", 10),
                Arguments.of("a1 LOGIN ~{1}\r\na x\r\n", "a1", "login", 10),
                Arguments.of("a1 FETCH 0 FLAGS\r\n", "a1", "sequence-set", 9),
                Arguments.of("a1 FETCH 1:0 FLAGS\r\n", "a1", "sequence-set", 11),
                Arguments.of("a1 FETCH 4294967296 FLAGS\r\n", "a1", "sequence-set", 9),
                Arguments.of("a1 FETCH 1,,2 FLAGS\r\n", "a1", "sequence-set", 11),
                Arguments.of("a1 FETCH 1\r\n", "a1", "fetch", 10),
                Arguments.of("a1 FETCH 1 ()\r\n", "a1", "fetch-att", 12),
                Arguments.of("a1 FETCH 1 (ALL)\r\n", "a1", "fetch-att", 12),
                Arguments.of("a1 FETCH 1 BODY[MIME]\r\n", "a1", "section-msgtext", 16),
                Arguments.of("a1 FETCH 1 BODY[1.FOO]\r\n", "a1", "section-text", 18),
                Arguments.of("a1 FETCH 1 BODY[HEADER.FIELDS ()]\r\n", "a1", "header-fld-name", 31),
                Arguments.of("a1 FETCH 1 BODY[]<5>\r\n", "a1", "partial", 19),
                Arguments.of("a1 FETCH 1 BODY[]<5.0>\r\n", "a1", "partial", 20),
                Arguments.of("a1 FETCH 1 BODY.PEEK\r\n", "a1", "section", 20),
                Arguments.of("a1 FETCH 1 FLAGS (VANISHED)\r\n", "a1", "fetch-modifier", 18),
                Arguments.of("a1 UID FETCH 1 FLAGS (CHANGEDSINCE 0)\r\n", "a1", "fetch-modifier", 35),
                Arguments.of("a1 STORE 1 FLAGS (\\*)\r\n", "a1", "flag", 19),
                Arguments.of("a1 STORE 1 +FLAG (\\Seen)\r\n", "a1", "store-att-flags", 12),
                Arguments.of("a1 STORE 1 FLAGS\r\n", "a1", "store-att-flags", 16),
                Arguments.of("a1 SEARCH\r\n", "a1", "search", 9),
                Arguments.of("a1 SEARCH ()\r\n", "a1", "search-key", 11),
                Arguments.of("a1 SEARCH FROB\r\n", "a1", "search-key", 10),
                Arguments.of("a1 SEARCH FROM\r\n", "a1", "search-key", 14),
                Arguments.of("a1 SEARCH OR SEEN\r\n", "a1", "search-key", 17),
                Arguments.of("a1 SEARCH (SEEN\r\n", "a1", "search-key", 15),
                Arguments.of("a1 SEARCH KEYWORD \\Seen\r\n", "a1", "flag-keyword", 18),
                Arguments.of("a1 SEARCH SINCE 32-Jan-2020\r\n", "a1", "date-text", 16),
                Arguments.of("a1 SEARCH SINCE 29-Feb-2019\r\n", "a1", "date-text", 16),
                Arguments.of("a1 SEARCH SINCE 1-Foo-2020\r\n", "a1", "date-month", 18),
                Arguments.of("a1 SEARCH SINCE 1-Jan-20\r\n", "a1", "date-year", 24),
                Arguments.of("a1 SEARCH SINCE 001-Jan-2020\r\n", "a1", "date-day", 16),
                Arguments.of("a1 SEARCH SINCE \"1-Jan-2020\r\n", "a1", "date", 27),
                Arguments.of("a1 SEARCH LARGER 4294967296\r\n", "a1", "search-key", 17),
                Arguments.of("a1 SEARCH RETURN (FIRST) ALL\r\n", "a1", "search-return-opt", 18),
                Arguments.of("a1 SEARCH MODSEQ \"/flags/\" all 5\r\n", "a1", "entry-name", 17),
                Arguments.of("a1 SEARCH MODSEQ \"/flags/\\\\Seen\" both 5\r\n", "a1", "entry-type-req", 33),
                Arguments.of("a1 SEARCH MODSEQ 9223372036854775808\r\n", "a1", "search-modsequence", 17),
                Arguments.of(deep, "d", "search-key", deep.indexOf("NOT ") + 4 * 65),
                Arguments.of("a1 SELECT\r\n", "a1", "select", 9),
                Arguments.of("a1 SELECT INBOX ()\r\n", "a1", "select-param", 17),
                Arguments.of("a1 SELECT INBOX (CONDSTORE CONDSTORE)\r\n", "a1", "select-param", 27),
                Arguments.of("a1 SELECT INBOX (QRESYNC (0 5))\r\n", "a1", "uidvalidity", 26),
                Arguments.of("a1 SELECT INBOX (QRESYNC (1 0))\r\n", "a1", "qresync-param", 28),
                Arguments.of("a1 SELECT INBOX (QRESYNC (1 2 (3)))\r\n", "a1", "seq-match-data", 32),
                Arguments.of("a1 STATUS INBOX ()\r\n", "a1", "status-att", 17),
                Arguments.of("a1 STATUS INBOX (SIZE)\r\n", "a1", "status-att", 17),
                Arguments.of("a1 APPEND INBOX \"hello\"\r\n", "a1", "date-day-fixed", 17),
                Arguments.of("a1 APPEND INBOX (\\Seen) \"31-Apr-2020 10:00:00 +0000\" {1}\r\nx\r\n", "a1", "date-time", 24),
                Arguments.of("a1 APPEND INBOX \" 1-Apr-2020 24:00:00 +0000\" {1}\r\nx\r\n", "a1", "date-time", 16),
                Arguments.of("a1 APPEND INBOX \" 1-Apr-2020 10:00:00 +0060\" {1}\r\nx\r\n", "a1", "zone", 38),
                Arguments.of("a1 APPEND INBOX \" 1-Apr-2020 10:00:00 0000\" {1}\r\nx\r\n", "a1", "zone", 38),
                Arguments.of("a1 APPEND INBOX (\\Seen) \"x\"\r\n", "a1", "date-day-fixed", 25),
                Arguments.of("a1 APPEND INBOX (\\Seen) hello\r\n", "a1", "append", 24),
                Arguments.of("a1 AUTHENTICATE PLAIN abc\r\n", "a1", "base64", 22),
                Arguments.of("a1 AUTHENTICATE PLAIN a===\r\n", "a1", "base64", 22),
                Arguments.of("a1 AUTHENTICATE PLAIN \r\n", "a1", "base64", 22),
                Arguments.of("a1 ID (\"a\" \"1\" \"a\" \"2\")\r\n", "a1", "id-params-list", 15),
                Arguments.of("a1 ID (\"a\")\r\n", "a1", "id-params-list", 10),
                Arguments.of("a1 ID (a b)\r\n", "a1", "id-params-list", 7),
                Arguments.of("a1 ENABLE\r\n", "a1", "enable", 9),
                Arguments.of("a1 UID FROB 1\r\n", "a1", "uid", 7),
                Arguments.of("a1 UID EXPUNGE\r\n", "a1", "uid-expunge", 14),
                Arguments.of("a1 COPY 1 \r\n", "a1", "mailbox", 10),
                Arguments.of("a1 LIST \"\"\r\n", "a1", "list", 10),
                Arguments.of("a1 LIST \"\" (\r\n", "a1", "list-mailbox", 12)); // "(" opens RFC 5258 patterns
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("malformed")
    void reportsRuleAndOffset(String wire, String tag, String rule, int offset) {
        ParsedCommand parsed = new CommandParser().parse(wire.getBytes(StandardCharsets.UTF_8));
        ParsedCommand.Error error = assertInstanceOf(ParsedCommand.Error.class, parsed);
        assertEquals(tag, error.tag(), "tag");
        assertEquals(rule, error.cause().rule(), () -> "rule; " + error.cause().getMessage());
        assertEquals(offset, error.cause().offset(), () -> "offset; " + error.cause().getMessage());
        assertTrue(!error.cause().expected().isEmpty() && !error.cause().found().isEmpty());
    }
}

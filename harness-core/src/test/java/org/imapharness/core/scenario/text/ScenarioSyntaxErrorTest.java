package org.imapharness.core.scenario.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.imapharness.core.scenario.ScenarioSyntaxException;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every kind of mistake in a scenario file, with the exact line and column reported. */
class ScenarioSyntaxErrorTest {

    /** A file, where the error must be reported, and words the message must contain. */
    private record Case(String what, String text, int line, int column, String message) {
    }

    private static final String H = "name: n\n";

    private static final List<Case> CASES = List.of(
            // header
            new Case("no name line", "C: NOOP\nS: OK\n", 1, 1, "expected a \"name:\" header line"),
            new Case("unknown key", H + "foo: bar\nC: NOOP\nS: OK\n", 2, 1, "found \"foo:\""),
            new Case("header after the body", H + "C: NOOP\nS: OK\nrfc: 3501 6 MUST\n", 4, 1,
                    "header lines come before"),
            new Case("name twice", H + "name: b\nC: NOOP\nS: OK\n", 2, 1, "each header once"),
            new Case("requirement level in lower case", H + "rfc: 3501 6.1 must\nC: NOOP\nS: OK\n", 2, 15,
                    "MUST, MUST NOT, SHOULD, SHOULD NOT or MAY"),
            new Case("rfc without section", H + "rfc: 3501\nC: NOOP\nS: OK\n", 2, 6, "an RFC number, a section"),
            new Case("too many connections", H + "connections: 17\nC: NOOP\nS: OK\n", 2, 14, "1 to 16"),
            new Case("connection number in a body line above the count", H + "connections: 2\n3 C: NOOP\nS: OK\n",
                    3, 1, "found connection 3"),
            new Case("connection number in a header above the count", H + "2 state: authenticated\nC: NOOP\nS: OK\n",
                    2, 1, "a connection number up to 1"),
            new Case("connection number on a header that takes none", H + "2 rfc: 3501 6 MUST\nC: NOOP\nS: OK\n",
                    2, 1, "a connection number only before"),
            new Case("unknown state", H + "state: logged-in\nC: NOOP\nS: OK\n", 2, 8,
                    "connected, not-authenticated, authenticated"),
            new Case("selected without mailbox", H + "state: selected\nC: NOOP\nS: OK\n", 2, 16,
                    "a mailbox after \"selected\""),
            new Case("state names an unknown mailbox variable", H + "state: selected $box\nC: NOOP\nS: OK\n", 2, 17,
                    "found $box, which is not bound here"),
            new Case("append of a file that does not exist", H + "append: INBOX nofile.eml\nC: NOOP\nS: OK\n", 2, 15,
                    "a readable message file"),
            new Case("timeout without unit", H + "timeout: 10\nC: NOOP\nS: OK\n", 2, 12, "ms or s after the number"),
            new Case("unknown tagging", H + "tagging: manual\nC: NOOP\nS: OK\n", 2, 10, "auto or explicit"),
            new Case("no body", H, 2, 1, "at least one C: or S: line"),
            new Case("unknown line key", H + "X: NOOP\n", 2, 1, "found \"X:\""),
            new Case("line without key", H + "NOOP\n", 2, 1, "a line such as \"C: ...\""),
            // client lines (absent items first: they are response patterns)
            new Case("absent item that is a variable", H + "state: authenticated\nC: NOOP\nS: * FLAGS ($$x !$x)\nS: OK\n",
                    4, 17, "an atom or string after ! (an item that must be absent), without variables"),
            new Case("absent item that is a list", H + "state: authenticated\nC: NOOP\nS: * FLAGS (!(a))\nS: OK\n",
                    4, 13, "an atom or string after !"),
            new Case("unbound variable in a client line", H + "C: SELECT $box\nS: OK\n", 2, 11,
                    "found $box, which is not bound here"),
            new Case("dollar without a name", H + "C: SEARCH $ 5\nS: OK\n", 2, 11, "a variable name after $"),
            new Case("empty command", H + "C:\nS: OK\n", 2, 3, "a command after \"C:\""),
            new Case("block literal without | lines", H + "C: APPEND INBOX {}\nS: OK\n", 2, 17,
                    "found \"S: OK\" on line 3"),
            new Case("block literal separated by a blank line", H + "C: APPEND INBOX {}\n\n| x\nS: OK\n", 2, 17,
                    "lines starting with | right below"),
            new Case("| lines without a marker", H + "C: NOOP\n| data\nS: OK\n", 3, 1,
                    "a {} block literal on the line above"),
            new Case("| lines after a comment", H + "C: APPEND INBOX {}\n| a\n# c\n| b\nS: OK\n", 5, 1,
                    "a line with a {} literal right above"),
            new Case("two block literals on a line", H + "C: APPEND INBOX {} {}\n| x\nS: OK\n", 2, 20,
                    "one {} block literal per line"),
            new Case("explicit size before the end of the line", H + "C: APPEND INBOX {5} x\nS: OK\n", 2, 17,
                    "only at the end of the line"),
            new Case("unknown escape in an inline literal", H + "C: LOGIN {\"a\\qb\"} x\nS: OK\n", 2, 13,
                    "an escape: \\\" \\\\ \\r \\n \\t or \\xHH"),
            new Case("unterminated inline literal", H + "C: LOGIN {\"ab\nS: OK\n", 2, 11, "closing the literal"),
            new Case("explicit literal size ending between CR and LF", H + "C: APPEND INBOX {3}\nS: +\nC: ab\nS: OK\n",
                    4, 4, "a literal size that ends between characters"),
            new Case("explicit literal whose command never ends", H + "C: APPEND INBOX {2}\nS: +\nC: ab {3}\n", 2, 1,
                    "a completion (S: OK, NO or BAD) for this command"),
            new Case("explicit tagging without a tag", H + "tagging: explicit\nC: $tag NOOP\nS: $tag OK\n", 3, 4,
                    "a tag starting the line"),
            // server lines
            new Case("empty expectation", H + "C: NOOP\nS:\n", 3, 3, "a response pattern after \"S:\""),
            new Case("response text after the code", H + "C: NOOP\nS: OK [READ-WRITE] SELECT completed\n", 3, 20,
                    "response text is never matched"),
            new Case("a tag under auto tagging", H + "C: NOOP\nS: a1 OK\n", 3, 4, "the interpreter writes the tags"),
            new Case("no tag under explicit tagging", H + "tagging: explicit\nC: a1 NOOP\nS: OK\n", 4, 6,
                    "a space and OK, NO or BAD after the tag"),
            new Case("a tagged PREAUTH", H + "C: NOOP\nS: PREAUTH\n", 3, 4, "OK, NO or BAD (a tagged status)"),
            new Case("text after +", H + "C: IDLE\nS: + idling\nC: DONE\nS: OK\n", 3, 6, "a continuation's text"),
            new Case("unclosed list", H + "C: NOOP\nS: * FLAGS (\\Seen\nS: OK\n", 3, 18,
                    "')' closing the '(' in column 12"),
            new Case("items after ...", H + "C: NOOP\nS: * FLAGS (... \\Seen)\nS: OK\n", 3, 17, "nothing after \"...\""),
            new Case("a code where data goes", H + "C: NOOP\nS: * FLAGS [x]\nS: OK\n", 3, 12,
                    "[...] is a response code"),
            new Case("unterminated quoted string", H + "C: NOOP\nS: * LIST () \"/\" \"abc\nS: OK\n", 3, 18,
                    "closing the string"),
            new Case("an escape IMAP does not have", H + "C: NOOP\nS: * LIST () \"/\" \"a\\b\"\nS: OK\n", 3, 20,
                    "the only escapes in a quoted string"),
            new Case("items run together", H + "C: NOOP\nS: * FLAGS (a)(b)\nS: OK\n", 3, 15, "a space between items"),
            new Case("relation without operand", H + "C: NOOP\nS: * >x EXISTS\nS: OK\n", 3, 7,
                    "a number or a $variable"),
            new Case("relation with an unbound variable", H + "C: NOOP\nS: * >$n EXISTS\nS: OK\n", 3, 7,
                    "found $n, which is not bound here"),
            new Case("capture never used", H + "C: NOOP\nS: * $count EXISTS\nS: OK\n", 3, 6,
                    "found $count captured but never used"),
            new Case("keyword taken for a capture", H + "C: FETCH 1 FLAGS\nS: * 1 FETCH (FLAGS ($Forwarded))\nS: OK\n",
                    3, 22, "$$Forwarded for a keyword"),
            new Case("bad silence", H + "C: NOOP\nS: OK\nS: nothing for soon\n", 4, 16, "a duration such as 500ms"),
            new Case("optional completion", H + "C: NOOP\nS?: OK\n", 3, 5, "only those can be optional"),
            // flow
            new Case("completion with no command in flight", H + "S: OK\n", 2, 4, "a command in flight on connection 1"),
            new Case("two commands in flight under auto tagging", H + "C: NOOP\nC: CHECK\nS: OK\nS: OK\n", 4, 4,
                    "found commands from lines 2, 3"),
            new Case("a command never completed", H + "C: NOOP\nS: OK\nC: CHECK\n", 4, 1,
                    "a completion (S: OK, NO or BAD) for this command"),
            new Case("+ with no command in flight", H + "S: +\n", 2, 4, "a command in flight on connection 1 before"),
            new Case("nothing else before a client line", H + "C: NOOP\nS: nothing else\nC: CHECK\nS: OK\nS: OK\n",
                    3, 1, "found C: on line 4"),
            new Case("nothing else at the end", H + "C: NOOP\nS: OK\nS: nothing else\n", 4, 1,
                    "found the end of the file"),
            new Case("a line after the connection closed", H + "C: LOGOUT\nS: * BYE\nS: closed\nC: NOOP\nS: OK\n",
                    5, 1, "which the server closed on line 4"),
            new Case("a tag twice in flight", H + "tagging: explicit\nC: a1 NOOP\nC: a1 CHECK\nS: a1 OK\nS: a1 OK\n",
                    4, 4, "in flight since line 3"),
            new Case("completion for a tag not in flight", H + "tagging: explicit\nC: a1 NOOP\nS: b1 OK\n", 4, 4,
                    "a tag in flight on connection 1 (a1)"),
            new Case("check with a bad relation", H + "C: NOOP\nS: OK\ncheck: 1 = 2\n", 4, 10,
                    "a relation: ==, !="),
            new Case("check with a connection number", H + "C: NOOP\nS: OK\n2 check: 1 == 1\n", 4, 1,
                    "check: without a connection number"));

    @TestFactory
    Stream<DynamicTest> everyMistakeIsLocated() {
        return CASES.stream().map(c -> DynamicTest.dynamicTest(c.what(), () -> {
            ScenarioSyntaxException e = assertThrows(ScenarioSyntaxException.class,
                    () -> ScenarioParser.parse("case.imap", c.text()));
            assertEquals("case.imap", e.file());
            assertEquals(c.line(), e.line(), e.getMessage());
            assertEquals(c.column(), e.column(), e.getMessage());
            assertTrue(e.getMessage().contains(c.message()), e.getMessage());
            assertTrue(e.getMessage().startsWith("case.imap:" + c.line() + ":" + c.column() + ": expected "),
                    e.getMessage());
        }));
    }

    @Test
    void theMessageNamesWhatWasExpectedAndFound() {
        ScenarioSyntaxException e = assertThrows(ScenarioSyntaxException.class,
                () -> ScenarioParser.parse("select-basic.imap", "name: n\nC: NOOP\nS: ) OK\n"));
        assertEquals("select-basic.imap:3:4: expected *, +, OK, NO or BAD (the interpreter writes the tags; "
                + "with \"tagging: explicit\" you do), found \") OK\"", e.getMessage());
        assertEquals("\") OK\"", e.found());
    }
}

package org.imapharness.core.scenario.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import java.util.Set;
import org.imapharness.core.scenario.ClientLine;
import org.imapharness.core.scenario.ConnectionSpec;
import org.imapharness.core.scenario.MessageFixture;
import org.imapharness.core.scenario.Operand;
import org.imapharness.core.scenario.Pattern;
import org.imapharness.core.scenario.Relation;
import org.imapharness.core.scenario.ResponsePattern;
import org.imapharness.core.scenario.RfcReference;
import org.imapharness.core.scenario.Scenario;
import org.imapharness.core.scenario.StartState;
import org.imapharness.core.scenario.Step;
import org.imapharness.core.scenario.Tagging;
import org.imapharness.core.scenario.Template;
import org.imapharness.protocol.response.StatusCondition;
import org.junit.jupiter.api.Test;

/** Valid scenario files and the model they give. */
class ScenarioParserTest {

    private static Scenario parse(String text) {
        return ScenarioParser.parse("t.imap", text, path -> {
            if (path.equals("corpus/simple.eml")) {
                return "Subject: x\n\nbody\n".getBytes(StandardCharsets.US_ASCII);
            }
            throw new java.nio.file.NoSuchFileException(path);
        });
    }

    @Test
    void everyHeaderLine() {
        Scenario s = parse("""
                # a comment before anything
                name: Everything in the header
                description: Shows every header line.
                rfc: 3501 6.3.1 MUST
                rfc: 3501 7.2.6 SHOULD NOT
                rfc: 4315 3 MAY
                requires: UIDPLUS move
                requires: IDLE
                connections: 3
                state: selected $box
                2 state: examined INBOX
                3 state: connected
                user: 2
                3 user: 1
                mailbox: $box $other
                append: $box corpus/simple.eml
                append: $other (\\Seen $$Forwarded) " 7-Feb-1994 21:52:25 -0800" {"Subject: y\\r\\n\\r\\nz\\r\\n"}
                tags: smoke, select  fast
                tagging: auto
                timeout: 1500ms

                C: NOOP
                S: OK
                """);
        var h = s.header();
        assertEquals("Everything in the header", h.name());
        assertEquals("Shows every header line.", h.description());
        assertEquals(List.of(new RfcReference(3501, "6.3.1", RfcReference.Level.MUST),
                new RfcReference(3501, "7.2.6", RfcReference.Level.SHOULD),
                new RfcReference(4315, "3", RfcReference.Level.MAY)), h.references());
        assertEquals(List.of("UIDPLUS", "MOVE", "IDLE"), h.requires());
        assertEquals(List.of(
                new ConnectionSpec(1, new StartState.Selected(var("box"), false), 2),
                new ConnectionSpec(2, new StartState.Selected(Template.of("INBOX"), true), 2),
                new ConnectionSpec(3, new StartState.Connected(), 1)), h.connections());
        assertEquals(List.of("box", "other"), h.mailboxes());
        MessageFixture file = h.appends().get(0);
        assertEquals(var("box"), file.mailbox());
        assertEquals("corpus/simple.eml", file.source());
        assertEquals("Subject: x\r\n\r\nbody\r\n", file.message().asUtf8(), "bare LF becomes CRLF");
        MessageFixture inline = h.appends().get(1);
        assertEquals(List.of("\\Seen", "$Forwarded"), inline.flags());
        assertEquals(OffsetDateTime.of(1994, 2, 7, 21, 52, 25, 0, ZoneOffset.ofHours(-8)), inline.date());
        assertEquals("Subject: y\r\n\r\nz\r\n", inline.message().asUtf8());
        assertEquals(List.of("smoke", "select", "fast"), h.tags());
        assertEquals(Tagging.AUTO, h.tagging());
        assertEquals(Duration.ofMillis(1500), h.timeout());
        assertEquals(2, h.usersNeeded());
    }

    @Test
    void defaultsAreOneConnectionNotAuthenticatedAsUserOne() {
        Scenario s = parse("name: n\nC: CAPABILITY\nS: * CAPABILITY IMAP4rev1 ...\nS: OK\n");
        assertEquals(List.of(new ConnectionSpec(1, new StartState.NotAuthenticated(), 1)), s.header().connections());
        assertEquals(Tagging.AUTO, s.header().tagging());
        assertNull(s.header().timeout());
        assertEquals(List.of(), s.header().references());
    }

    @Test
    void clientLinesWithVariablesAndLiterals() {
        Scenario s = parse("""
                name: literals
                mailbox: $box
                C: LOGIN {"$user"} {"$password"+}
                S: OK
                C: APPEND $box (\\Seen) {}
                | From: a@example.com
                |
                |  indented body
                S: OK
                C: APPEND $box ~{"\\x00\\xE9$$"}
                S: NO
                """);
        Step.Send login = (Step.Send) s.steps().get(0);
        assertEquals(0, login.command());
        assertEquals(List.of(
                new ClientLine.Piece.Text(Template.of("LOGIN ")),
                new ClientLine.Piece.Literal(var("user"), false, false),
                new ClientLine.Piece.Text(Template.of(" ")),
                new ClientLine.Piece.Literal(var("password"), true, false)), login.text().pieces());
        Step.Send append = (Step.Send) s.steps().get(2);
        assertEquals(List.of(
                new ClientLine.Piece.Text(new Template(List.of(new Template.Part.Fixed("APPEND "),
                        new Template.Part.Variable("box"), new Template.Part.Fixed(" (\\Seen) ")))),
                new ClientLine.Piece.Literal(Template.of("From: a@example.com\r\n\r\n indented body\r\n"), false,
                        false)), append.text().pieces());
        assertEquals(5, append.line());
        Step.Send binary = (Step.Send) s.steps().get(4);
        ClientLine.Piece.Literal l = (ClientLine.Piece.Literal) binary.text().pieces().get(1);
        assertTrue(l.binary());
        assertArrayEquals(new byte[] {0, (byte) 0xE9, '$'}, Template.encode(l.content().render(v -> "")));
        assertEquals(Set.of("user", "password"), s.builtins());
    }

    @Test
    void explicitLiteralSizesMakeTheNextLinesContinuations() {
        Scenario s = parse("""
                name: RFC style
                state: authenticated
                C: APPEND INBOX {11}
                S: +
                C: Hello World
                S: OK
                C: IDLE
                S: +
                C: DONE
                S: OK
                """);
        Step.Send append = (Step.Send) s.steps().get(0);
        assertEquals(List.of(new ClientLine.Piece.Text(Template.of("APPEND INBOX {11}"))), append.text().pieces());
        assertEquals(new ResponsePattern.Continuation(0), ((Step.Expect) s.steps().get(1)).pattern());
        assertTrue(((Step.Send) s.steps().get(2)).isContinuation());
        assertEquals(new ResponsePattern.Completion(0, Set.of(StatusCondition.OK), null),
                ((Step.Expect) s.steps().get(3)).pattern());
        assertEquals(1, ((Step.Send) s.steps().get(4)).command());
        assertTrue(((Step.Send) s.steps().get(6)).isContinuation(), "DONE answers IDLE's +");
    }

    @Test
    void explicitLiteralDataIsCountedAcrossLinesAsInTheRfc() {
        Scenario s = parse("""
                name: RFC 3501 transcript style
                C: LOGIN {5}
                S: +
                C: user1 {6}
                S: +
                C: secret
                S: OK
                C: APPEND INBOX {26}
                S: +
                C: Subject: {x} $y
                C:\s
                C: by hand
                S: BAD
                """);
        Step.Send user = (Step.Send) s.steps().get(2);
        assertTrue(user.isContinuation());
        assertEquals(List.of(new ClientLine.Piece.Text(Template.of("user1")),
                new ClientLine.Piece.Text(Template.of(" {6}"))), user.text().pieces());
        assertTrue(((Step.Send) s.steps().get(4)).isContinuation());
        assertEquals(1, ((Step.Send) s.steps().get(6)).command());
        Step.Send data = (Step.Send) s.steps().get(8);
        assertEquals(List.of(new ClientLine.Piece.Text(Template.of("Subject: {x} $y"))), data.text().pieces(),
                "data lines are taken as written: no literal markers, no variables");
        Step.Send last = (Step.Send) s.steps().get(10);
        assertTrue(last.isContinuation(), "26 bytes: 17 + 2 + the 7 of this line; its CRLF ends the command");
        assertEquals(1, ((ResponsePattern.Completion) ((Step.Expect) s.steps().get(11)).pattern()).command());
    }

    @Test
    void responsePatterns() {
        Scenario s = parse("""
                name: patterns
                state: selected INBOX
                C: FETCH 1 (FLAGS UID BODY.PEEK[HEADER.FIELDS (From)])
                S: * $n FETCH (FLAGS (\\Seen ...) UID >=$n BODY[HEADER.FIELDS (FROM)] {"From: a\\r\\n\\r\\n"})
                S?: * $n EXISTS
                S: * OK [PERMANENTFLAGS (\\Seen \\*)]
                S: * LIST () NIL "a \\"b\\"" * ...
                S: nothing else
                S: OK|NO [COPYUID * 1:3,5 $n]
                check: $n + 1 > 1
                S: nothing for 200ms
                """);
        Step.Expect fetch = (Step.Expect) s.steps().get(1);
        ResponsePattern.Untagged u = (ResponsePattern.Untagged) fetch.pattern();
        assertEquals(List.of(new Pattern.Variable("n"), exact("FETCH"), new Pattern.ListOf(List.of(
                exact("FLAGS"), new Pattern.ListOf(List.of(exact("\\Seen"), new Pattern.Rest())),
                exact("UID"), new Pattern.Compare(Relation.GE, Operand.variable("n")),
                exact("BODY[HEADER.FIELDS (FROM)]"), new Pattern.Data(Template.of("From: a\r\n\r\n"))))),
                u.items());
        assertTrue(((Step.Expect) s.steps().get(2)).optional());
        ResponsePattern.Status perm = (ResponsePattern.Status) ((Step.Expect) s.steps().get(3)).pattern();
        assertEquals(Set.of(StatusCondition.OK), perm.conditions());
        assertEquals(List.of(exact("PERMANENTFLAGS"), new Pattern.ListOf(List.of(exact("\\Seen"), exact("\\*")))),
                perm.code());
        ResponsePattern.Untagged list = (ResponsePattern.Untagged) ((Step.Expect) s.steps().get(4)).pattern();
        assertEquals(List.of(exact("LIST"), new Pattern.ListOf(List.of()), new Pattern.Nil(),
                new Pattern.Exact(Template.of("a \"b\""), true), new Pattern.Any(), new Pattern.Rest()), list.items());
        assertInstanceOf(Step.NothingElse.class, s.steps().get(5));
        ResponsePattern.Completion done = (ResponsePattern.Completion) ((Step.Expect) s.steps().get(6)).pattern();
        assertEquals(Set.of(StatusCondition.OK, StatusCondition.NO), done.conditions());
        assertEquals(List.of(exact("COPYUID"), new Pattern.Any(), exact("1:3,5"), new Pattern.Variable("n")),
                done.code());
        assertEquals(new Step.Check(10, "check: $n + 1 > 1", new Operand("n", 1), Relation.GT, Operand.constant(1)),
                s.steps().get(7));
        assertEquals(Duration.ofMillis(200), ((Step.Silence) s.steps().get(8)).duration());
    }

    @Test
    void explicitTaggingPipelines() {
        Scenario s = parse("""
                name: pipelining
                tagging: explicit
                connections: 2
                2 state: authenticated
                C: a1 NOOP
                C: a2 CAPABILITY
                S: * CAPABILITY ...
                S: a2 OK
                S: a1 OK
                2 C: a1 NOOP
                2 S: a1 BAD|NO|OK
                """);
        Step.Send a1 = (Step.Send) s.steps().get(0);
        assertEquals("a1", a1.tag());
        assertEquals(List.of(new ClientLine.Piece.Text(Template.of("a1 NOOP"))), a1.text().pieces());
        assertEquals(1, ((ResponsePattern.Completion) ((Step.Expect) s.steps().get(3)).pattern()).command());
        assertEquals(0, ((ResponsePattern.Completion) ((Step.Expect) s.steps().get(4)).pattern()).command());
        Step.Send other = (Step.Send) s.steps().get(5);
        assertEquals(2, other.connection());
        assertEquals(2, other.command());
        assertEquals(2, ((ResponsePattern.Completion) ((Step.Expect) s.steps().get(6)).pattern()).command());
    }

    @Test
    void capturesAreBoundForLaterLinesAndClosedEndsAConnection() {
        Scenario s = parse("""
                name: captures
                state: selected INBOX
                C: NOOP
                S: * $exists EXISTS
                S: OK
                C: FETCH $exists:* UID
                S: * ${exists} FETCH (UID $uid)
                S: OK
                C: UID STORE $uid +FLAGS (\\Deleted $$Junk)
                S: OK
                C: LOGOUT
                S: * BYE
                S: closed
                """);
        Step.Send fetch = (Step.Send) s.steps().get(3);
        assertEquals(List.of("exists"), fetch.text().variables());
        Step.Send store = (Step.Send) s.steps().get(6);
        assertEquals("UID STORE ${uid} +FLAGS (\\Deleted $$Junk)",
                ((ClientLine.Piece.Text) store.text().pieces().get(0)).text().toString());
        assertInstanceOf(Step.Closed.class, s.steps().get(10));
    }

    @Test
    void windowsLineEndsAndIndentationAreAccepted() {
        Scenario s = parse("name: crlf\r\n  C: NOOP\r\n  S: OK\r\n");
        assertEquals(2, s.steps().size());
        assertEquals(3, s.steps().get(1).line());
    }

    @Test
    void theWhitespaceOfClientLinesIsKept() {
        Scenario s = parse("name: ws\nC:  NOOP \nS: BAD\n");
        assertEquals(" NOOP ", ((ClientLine.Piece.Text) ((Step.Send) s.steps().get(0)).text().pieces().get(0))
                .text().toString());
    }

    @Test
    void builtinsAreCollected() {
        Scenario s = parse("name: b\nconnections: 2\n2 user: 2\nC: LOGIN $user2 $password2\nS: OK\n"
                + "C: AUTHENTICATE PLAIN $plain\nS: NO\nC: CREATE a${delimiter}b\nS: OK\nC: NOOP $tag\nS: BAD\n");
        assertEquals(Set.of("user2", "password2", "plain", "delimiter", "tag"), s.builtins());
        assertFalse(s.builtins().contains("user"));
    }

    private static Template var(String name) {
        return new Template(List.of(new Template.Part.Variable(name)));
    }

    private static Pattern.Exact exact(String atom) {
        return new Pattern.Exact(Template.of(atom), false);
    }

}

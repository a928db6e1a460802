package org.imapharness.core.scenario.text;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.imapharness.core.scenario.MessageFixture;
import org.imapharness.core.scenario.StartState;
import org.imapharness.core.scenario.Template;
import org.imapharness.protocol.codec.DateTimes;
import org.imapharness.protocol.model.Octets;

/** The header lines that prepare the server: {@code state:}, {@code mailbox:} and {@code append:}. */
final class FixtureParser {
    private final Scope scope;
    private final ResourceResolver resolver;
    private final List<Use> uses = new ArrayList<>();

    /** A variable naming a mailbox, checked once the whole header (with its mailbox: lines) is read. */
    private record Use(Cursor at, int column, String name) {
    }

    FixtureParser(Scope scope, ResourceResolver resolver) {
        this.scope = scope;
        this.resolver = resolver;
    }

    /** Checks the variables the state and append lines used: mailbox: lines may follow them. */
    void checkUses() {
        for (Use u : uses) {
            u.at().pos = u.column() - 1;
            scope.use(u.name(), u.at(), u.column());
        }
    }

    /** {@code connected | not-authenticated | authenticated | selected MAILBOX | examined MAILBOX}. */
    StartState state(Cursor c) {
        c.skipSpaces();
        int start = c.pos;
        while (Character.isLetter(c.peek()) || c.peek() == '-') {
            c.pos++;
        }
        String word = c.text.substring(start, c.pos);
        StartState s = switch (word) {
            case "connected" -> new StartState.Connected();
            case "not-authenticated" -> new StartState.NotAuthenticated();
            case "authenticated" -> new StartState.Authenticated();
            case "selected", "examined" -> {
                if (!c.accept(' ')) {
                    throw c.error("a mailbox after \"" + word + "\", e.g. $box or INBOX");
                }
                c.skipSpaces();
                yield new StartState.Selected(mailbox(c), word.equals("examined"));
            }
            default -> throw c.errorAt(start, "connected, not-authenticated, authenticated, selected MAILBOX "
                    + "or examined MAILBOX");
        };
        end(c);
        return s;
    }

    /** {@code $a $b}: fresh mailboxes, each bound to a variable. */
    List<String> mailboxVariables(Cursor c) {
        List<String> names = new ArrayList<>();
        c.skipSpaces();
        while (!c.atEnd()) {
            if (c.peek() != '$' || c.peek(1) == '$') {
                throw c.error("a variable such as $box to name a fresh mailbox");
            }
            int column = c.column();
            String name = Templates.reference(c);
            scope.declareMailbox(name, c, column);
            names.add(name);
            if (!c.atEnd() && c.peek() != ' ') {
                throw c.error("a space between mailbox variables");
            }
            c.skipSpaces();
        }
        if (names.isEmpty()) {
            throw c.error("a variable such as $box to name a fresh mailbox");
        }
        return names;
    }

    /** {@code MAILBOX [(flags)] ["date-time"] (path | {} | {"text"})}, like APPEND's arguments. */
    MessageFixture append(Cursor c, Literals.BlockSource blocks) {
        c.skipSpaces();
        Template mailbox = mailbox(c);
        c.skipSpaces();
        List<String> flags = c.peek() == '(' ? flags(c) : List.of();
        c.skipSpaces();
        OffsetDateTime date = c.peek() == '"' ? date(c) : null;
        c.skipSpaces();
        if (c.atEnd()) {
            throw c.error("the message: a file name, {} with | lines below, or {\"text\"}");
        }
        int at = c.pos;
        if (Literals.startsLiteral(c)) {
            Literals.Marker m = Literals.read(c, scope, blocks);
            if (m.kind() == Literals.Kind.EXPLICIT || !m.content().variables().isEmpty()) {
                throw c.errorAt(at, "{} or {\"text\"} without variables (the message is fixed before the run)");
            }
            end(c);
            byte[] bytes = Template.encode(m.content().render(v -> ""));
            return new MessageFixture(c.line, mailbox, flags, date, Octets.of(bytes),
                    m.kind() == Literals.Kind.BLOCK ? "block" : "inline");
        }
        while (!c.atEnd() && c.peek() != ' ') {
            c.pos++;
        }
        String path = c.text.substring(at, c.pos);
        end(c);
        try {
            return new MessageFixture(c.line, mailbox, flags, date, Octets.of(crlf(resolver.read(path))), path);
        } catch (IOException e) {
            throw c.errorAt(at, "a readable message file (relative to the scenario)",
                    "\"" + path + "\" (" + e.getMessage() + ")");
        }
    }

    /** {@code $box}, {@code INBOX} or {@code "quoted name"}; the name in wire form (modified UTF-7). */
    private Template mailbox(Cursor c) {
        Templates.Builder b = new Templates.Builder();
        if (c.accept('"')) {
            while (!c.accept('"')) {
                if (c.atEnd()) {
                    throw c.error("'\"' closing the mailbox name");
                }
                if (c.peek() == '\\') {
                    c.pos++;
                }
                if (c.peek() == '$') {
                    variable(c, b);
                } else {
                    b.ch(c.peek());
                    c.pos++;
                }
            }
        } else {
            while (!c.atEnd() && c.peek() != ' ') {
                if (c.peek() == '$') {
                    variable(c, b);
                } else {
                    b.ch(c.peek());
                    c.pos++;
                }
            }
        }
        if (b.isEmpty()) {
            throw c.error("a mailbox: $box, INBOX or \"a name\"");
        }
        return b.build();
    }

    private void variable(Cursor c, Templates.Builder b) {
        int column = c.column();
        String name = Templates.reference(c);
        if (name == null) {
            b.ch('$');
        } else {
            uses.add(new Use(new Cursor(c.file, c.line, c.text, 0), column, name));
            b.variable(name);
        }
    }

    private static List<String> flags(Cursor c) {
        int close = c.text.indexOf(')', c.pos);
        if (close < 0) {
            throw c.error("')' closing the flag list");
        }
        List<String> flags = new ArrayList<>();
        for (String f : c.text.substring(c.pos + 1, close).trim().split(" +")) {
            if (!f.isEmpty()) {
                flags.add(f.replace("$$", "$"));
            }
        }
        c.pos = close + 1;
        return flags;
    }

    private static OffsetDateTime date(Cursor c) {
        int close = c.text.indexOf('"', c.pos + 1);
        if (close < 0) {
            throw c.error("'\"' closing the date-time");
        }
        String text = c.text.substring(c.pos + 1, close);
        try {
            OffsetDateTime d = DateTimes.parse(text);
            c.pos = close + 1;
            return d;
        } catch (RuntimeException e) {
            throw c.error("an IMAP date-time such as \"17-Jul-1996 02:44:25 -0700\"");
        }
    }

    private static void end(Cursor c) {
        if (!c.restIsBlank()) {
            c.skipSpaces();
            throw c.error("the end of the line");
        }
    }

    /** Message files may have Unix line ends; RFC 5322 messages end lines with CRLF. */
    static byte[] crlf(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + bytes.length / 40);
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n' && (i == 0 || bytes[i - 1] != '\r')) {
                out.write('\r');
            }
            out.write(bytes[i]);
        }
        return out.toByteArray();
    }
}

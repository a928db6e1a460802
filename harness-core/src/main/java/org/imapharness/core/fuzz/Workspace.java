package org.imapharness.core.fuzz;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.imapharness.core.target.Target;
import org.imapharness.protocol.response.Response;
import org.imapharness.protocol.response.UntaggedResponse;

/**
 * The part of the account a run works in: one mailbox of its own ({@code ihfz-<seed>}), filled
 * with a few messages, and the mailboxes it creates under {@code ihfz-<seed>-}. Tidying keeps
 * the run's mailbox small and deletes created mailboxes, so a long run does not grow the
 * account without bound; {@link #cleanUp} removes everything at the end.
 */
final class Workspace {
    /** The messages the run's mailbox starts with (and replays recreate). */
    static final List<String> MESSAGES = List.of(
            "From: alice@example.com\r\nTo: bob@example.com\r\nSubject: hello\r\nMessage-ID: <1@fz>\r\n\r\nHi Bob\r\n",
            "From: bob@example.com\r\nSubject: =?utf-8?q?caf=C3=A9?=\r\nMIME-Version: 1.0\r\n"
                    + "Content-Type: multipart/mixed; boundary=x\r\n\r\n--x\r\nContent-Type: text/plain\r\n\r\none\r\n"
                    + "--x\r\nContent-Type: text/html\r\n\r\n<p>two</p>\r\n--x--\r\n",
            "From: carol@example.com\r\nSubject: third\r\nDate: Mon, 7 Feb 1994 21:52:25 -0800\r\n\r\n"
                    + "Third message body\r\nwith two lines\r\n");
    private static final int KEEP_AT_MOST = 40;

    final Target target;
    final Duration timeout;
    final String mailbox;
    final String prefix;
    final Set<String> capabilities;
    /** How often the run's mailbox was missing and made again. */
    int recreated;

    private Workspace(Target target, Duration timeout, String mailbox, Set<String> capabilities) {
        this.target = target;
        this.timeout = timeout;
        this.mailbox = mailbox;
        this.prefix = mailbox + "-";
        this.capabilities = capabilities;
    }

    static Workspace prepare(Target target, Duration timeout, long seed) throws IOException {
        String mailbox = "ihfz-" + Long.toString(seed & 0xffffffffL, 36);
        try (FuzzSession s = FuzzSession.open(target, target.user(1), timeout, "w")) {
            Workspace w = new Workspace(target, timeout, mailbox, s.capabilities());
            w.create(s);
            return w;
        }
    }

    TargetTraits traits() {
        return new TargetTraits(capabilities, mailbox, prefix);
    }

    FuzzSession open(String tagPrefix, boolean select, boolean readOnly) throws IOException {
        FuzzSession s = FuzzSession.open(target, target.user(1), timeout, tagPrefix);
        if (select) {
            try {
                try {
                    s.select(mailbox, readOnly);
                } catch (IOException gone) {
                    // Generated commands only delete or rename under the prefix; if the mailbox went
                    // anyway, make it again (and count it) rather than end the run.
                    recreated++;
                    create(s);
                    s.select(mailbox, readOnly);
                }
            } catch (IOException e) {
                s.close();
                throw e;
            }
        }
        return s;
    }

    /** Empties the run's mailbox back to its first messages when it grew, and deletes created mailboxes. */
    void tidy() throws IOException {
        try (FuzzSession s = FuzzSession.open(target, target.user(1), timeout, "t")) {
            List<String> created = new ArrayList<>();
            for (Response r : s.setup("LIST", List.of(new Part.Text("LIST \"\" "), FuzzSession.string(prefix + "*")))
                    .untagged()) {
                if (r instanceof UntaggedResponse.ListItem item) {
                    created.add(item.mailbox());
                }
            }
            created.sort(Comparator.comparing(String::length).reversed()); // children first
            for (String name : created) {
                run(s, "DELETE", List.of(new Part.Text("DELETE "), FuzzSession.string(name)));
                run(s, "UNSUBSCRIBE", List.of(new Part.Text("UNSUBSCRIBE "), FuzzSession.string(name)));
            }
            long exists = exists(s.setup("SELECT", List.of(new Part.Text("SELECT "), FuzzSession.string(mailbox))));
            if (exists > KEEP_AT_MOST) {
                s.setup("STORE", List.of(new Part.Text("STORE 1:* +FLAGS.SILENT (\\Deleted)")));
                s.setup("EXPUNGE", List.of(new Part.Text("EXPUNGE")));
                append(s);
            }
        }
    }

    void cleanUp() throws IOException {
        tidy();
        try (FuzzSession s = FuzzSession.open(target, target.user(1), timeout, "t")) {
            run(s, "DELETE", List.of(new Part.Text("DELETE "), FuzzSession.string(mailbox)));
        }
    }

    private void create(FuzzSession s) throws IOException {
        run(s, "CREATE", List.of(new Part.Text("CREATE "), FuzzSession.string(mailbox)));
        long exists = exists(s.setup("EXAMINE", List.of(new Part.Text("EXAMINE "), FuzzSession.string(mailbox))));
        if (exists == 0) {
            append(s);
        }
    }

    /**
     * Puts the first messages in. A refusal is left to the run to find: the setup goes through
     * literals like any APPEND, and a server that mishandles them must be reported with a replay,
     * not abort the run; the run then starts with fewer messages.
     */
    private void append(FuzzSession s) {
        for (String m : MESSAGES) {
            Answer a = run(s, "APPEND", List.of(new Part.Text("APPEND "), FuzzSession.string(mailbox),
                    new Part.Text(" "), new Part.Str(m.getBytes(StandardCharsets.UTF_8), Part.Form.LITERAL,
                            Part.Slot.MESSAGE)));
            if (!a.usable()) {
                return; // the connection is out of step; the run's own sessions are fresh
            }
        }
    }

    /** A command whose refusal is fine (the mailbox may exist already, or be gone). */
    private static Answer run(FuzzSession s, String family, List<Part> parts) {
        return Exchange.run(s.wire(), new WireCommand(s.nextTag(), parts, family, false, null), s.timeout());
    }

    private static long exists(Answer a) {
        long n = 0;
        for (Response r : a.untagged()) {
            if (r instanceof UntaggedResponse.Exists e) {
                n = e.count();
            }
        }
        return n;
    }
}

package org.imapharness.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imapharness.server.it.ScriptClient;

/**
 * One client session of the concurrency test over a raw socket: it runs random mailbox work
 * (APPEND, UID STORE, STORE \Deleted + EXPUNGE, UID EXPUNGE of the newest, UID MOVE, FETCH, NOOP),
 * one command at a time, feeds every untagged line it receives into its {@link SessionModel}, and
 * keeps a transcript of the last lines for failure messages. Every other session selects with
 * CONDSTORE, so both kinds of view are checked.
 */
final class ConcurrentSession implements AutoCloseable {
    private static final Pattern APPEND_UID = Pattern.compile("\\[APPENDUID (\\d+) (\\d+)\\]");
    private static final String[] FLAGS = {"\\Flagged", "\\Seen", "\\Answered", "$Label1", "$Label2"};
    private static final int TRANSCRIPT_LINES = 400;

    private final int id;
    private final ScriptClient client;
    private final Random random;
    private final SessionModel model = new SessionModel();
    private final List<Long> appendedUids = new ArrayList<>();
    private final ArrayDeque<String> transcript = new ArrayDeque<>();
    private int tag;
    private int commands;
    private int refusals;

    ConcurrentSession(int id, int port, String user, String password, String mailbox, long seed) throws IOException {
        this.id = id;
        this.random = new Random(seed);
        this.client = ScriptClient.plain(port);
        record(client.readLine());
        command("LOGIN " + user + " " + password);
        // Every other session uses CONDSTORE (RFC 7162 §3.1.8), so its FETCH lines carry MODSEQ too.
        command("SELECT " + mailbox + (id % 2 == 0 ? " (CONDSTORE)" : ""));
    }

    /** One random step of the workload. */
    void step(String mailbox) throws IOException {
        int size = model.size();
        int choice = random.nextInt(100);
        if (choice < 30 || size == 0) {
            append(mailbox);
        } else if (choice < 60) {
            long uid = knownUid(1 + random.nextInt(size));
            String flag = FLAGS[random.nextInt(FLAGS.length)];
            command("UID STORE " + uid + (random.nextBoolean() ? " +FLAGS (" : " -FLAGS (") + flag + ")");
        } else if (choice < 75) {
            command("STORE " + (1 + random.nextInt(size)) + " +FLAGS (\\Deleted)");
        } else if (choice < 82) {
            command("EXPUNGE");
        } else if (choice < 87) {
            // The newest message, then an append at once: what tempts a server to hand a UID out again.
            long uid = knownUid(size);
            command("UID STORE " + uid + " +FLAGS.SILENT (\\Deleted)");
            command("UID EXPUNGE " + uid);
            append(mailbox);
        } else if (choice < 91) {
            command("UID MOVE " + knownUid(1 + random.nextInt(size)) + " Archive");
        } else if (choice < 95) {
            command("FETCH 1:* (UID FLAGS)");
        } else {
            command("NOOP");
        }
    }

    /** NOOP until one brings no news (at most {@code tries}); true when the view went quiet. */
    boolean settle(int tries) throws IOException {
        for (int i = 0; i < tries; i++) {
            List<String> lines = command("NOOP");
            if (lines.size() == 1) {
                return true;
            }
        }
        return false;
    }

    /** The final {@code FETCH 1:* (UID FLAGS)}: the lines, also applied to the model. */
    List<String> fetchAll() throws IOException {
        return command(model.size() == 0 ? "NOOP" : "FETCH 1:* (UID FLAGS)");
    }

    private void append(String mailbox) throws IOException {
        byte[] body = ("From: s" + id + "@example.org\r\nSubject: session " + id + " message " + commands
                + "\r\n\r\nbody\r\n").getBytes(StandardCharsets.US_ASCII);
        String t = nextTag();
        // LITERAL+ (RFC 7888): the whole command in one write, no continuation round trip.
        client.sendRaw((t + " APPEND " + mailbox + " {" + body.length + "+}\r\n").getBytes(StandardCharsets.US_ASCII));
        client.sendRaw(body);
        client.sendRaw("\r\n".getBytes(StandardCharsets.US_ASCII));
        record(">> " + t + " APPEND " + mailbox + " {" + body.length + "+}");
        List<String> lines = readUntil(t, "APPEND");
        String done = lines.get(lines.size() - 1);
        Matcher m = APPEND_UID.matcher(done);
        if (!done.startsWith(t + " OK") || !m.find()) {
            throw new IllegalStateException("session " + id + ": APPEND answered " + done);
        }
        appendedUids.add(Long.parseLong(m.group(2)));
    }

    /** A UID for message {@code n}: the model's, or learnt with a FETCH first. */
    private long knownUid(int n) throws IOException {
        SessionModel.Slot slot = model.slots().get(n - 1);
        if (slot.uid == null) {
            command("FETCH " + n + " (UID)");
        }
        // A NOOP or EXPUNGE answered meanwhile may have renumbered; fall back to the highest known UID.
        if (n <= model.size() && model.slots().get(n - 1).uid != null) {
            return model.slots().get(n - 1).uid;
        }
        return model.slots().stream().filter(s -> s.uid != null).mapToLong(s -> s.uid).max().orElse(1);
    }

    /**
     * Sends one command and reads its answer. STORE and FETCH may meet a message another session
     * expunged that this view still shows: RFC 2180 §4.2/§4.1 let the server answer NO then, so only
     * those two may fail; everything else must be OK.
     */
    private List<String> command(String text) throws IOException {
        String t = nextTag();
        client.send(t + " " + text);
        record(">> " + t + " " + text);
        List<String> lines = readUntil(t, text);
        String done = lines.get(lines.size() - 1);
        boolean mayFail = text.startsWith("STORE") || text.startsWith("UID STORE") || text.startsWith("FETCH");
        if (done.startsWith(t + " NO") && mayFail) {
            refusals++;
        } else if (!done.startsWith(t + " OK")) {
            throw new IllegalStateException("session " + id + ": " + text + " answered " + done);
        }
        return lines;
    }

    /** Reads up to the tagged line of {@code t}, feeding the model; {@code command} is the command's text. */
    private List<String> readUntil(String t, String command) throws IOException {
        // §7.4.1: no EXPUNGE while answering FETCH, STORE or SEARCH; the UID forms are exempt.
        boolean noExpungeAllowed = command.startsWith("FETCH") || command.startsWith("STORE")
                || command.startsWith("SEARCH");
        List<String> lines = new ArrayList<>();
        while (true) {
            String line = client.readLine();
            record(line);
            lines.add(line);
            if (line.startsWith(t + " ")) {
                return lines;
            }
            if (noExpungeAllowed && line.endsWith(" EXPUNGE")) {
                model.violation(line, "EXPUNGE while answering " + command + " (RFC 3501 §7.4.1)");
            }
            model.apply(line);
        }
    }

    private String nextTag() {
        commands++;
        return "S" + id + "-" + (++tag);
    }

    private void record(String line) {
        transcript.addLast(line);
        if (transcript.size() > TRANSCRIPT_LINES) {
            transcript.removeFirst();
        }
    }

    int id() {
        return id;
    }

    SessionModel model() {
        return model;
    }

    List<Long> appendedUids() {
        return appendedUids;
    }

    int commands() {
        return commands;
    }

    /** STOREs and FETCHes answered NO (allowed for messages expunged elsewhere, RFC 2180). */
    int refusals() {
        return refusals;
    }

    String transcript() {
        return "--- session " + id + ", last " + transcript.size() + " lines ---\n" + String.join("\n", transcript);
    }

    @Override
    public void close() throws IOException {
        try {
            client.send("Z LOGOUT");
        } finally {
            client.close();
        }
    }
}

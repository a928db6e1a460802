package org.imapharness.bench;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A deterministic corpus of FETCH responses shaped like what a mail client downloads: many
 * small flag updates, header-level fetches (ENVELOPE, INTERNALDATE, size) and full fetches
 * with a multipart BODYSTRUCTURE and the message as a literal. The mix and sizes are fixed by
 * the seed so both parsers see exactly the same bytes.
 */
public final class FetchCorpus {

    /** The kinds of response in the corpus. */
    public enum Kind { FLAGS_ONLY, HEADERS, FULL_MESSAGE }

    private final List<byte[]> responses;
    private final byte[] stream;

    private FetchCorpus(List<byte[]> responses) {
        this.responses = List.copyOf(responses);
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (byte[] r : responses) {
            all.writeBytes(r);
        }
        this.stream = all.toByteArray();
    }

    /** {@code count} responses of one kind. */
    public static FetchCorpus of(Kind kind, int count, long seed) {
        Random random = new Random(seed);
        List<byte[]> out = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            out.add(switch (kind) {
                case FLAGS_ONLY -> flagsOnly(i, random);
                case HEADERS -> headers(i, random);
                case FULL_MESSAGE -> fullMessage(i, random);
            });
        }
        return new FetchCorpus(out);
    }

    public List<byte[]> responses() {
        return responses;
    }

    /** All responses back to back, as they would arrive on a connection. */
    public byte[] stream() {
        return stream.clone();
    }

    public int totalBytes() {
        return stream.length;
    }

    private static final String[] FLAG_SETS = {
        "", "\\Seen", "\\Seen \\Answered", "\\Seen \\Flagged $Label1", "\\Deleted \\Seen", "\\Draft"};

    private static byte[] flagsOnly(int seq, Random random) {
        String flags = FLAG_SETS[random.nextInt(FLAG_SETS.length)];
        return ascii("* " + seq + " FETCH (UID " + (1000 + seq) + " MODSEQ (" + (50000 + random.nextInt(9999))
                + ") FLAGS (" + flags + "))\r\n");
    }

    private static byte[] headers(int seq, Random random) {
        return ascii("* " + seq + " FETCH (UID " + (1000 + seq) + " RFC822.SIZE " + (2000 + random.nextInt(90000))
                + " FLAGS (\\Seen) INTERNALDATE \"" + String.format("%2d", 1 + random.nextInt(28)) + "-Mar-2026 10:1" + random.nextInt(10)
                + ":00 +0100\" ENVELOPE " + envelope(seq, random) + ")\r\n");
    }

    private static byte[] fullMessage(int seq, Random random) {
        String body = message(seq, random);
        byte[] bodyBytes = body.getBytes(StandardCharsets.UTF_8);
        String head = "* " + seq + " FETCH (UID " + (1000 + seq) + " RFC822.SIZE " + bodyBytes.length
                + " FLAGS (\\Seen \\Answered) ENVELOPE " + envelope(seq, random) + " BODYSTRUCTURE " + bodyStructure(random)
                + " BODY[] {" + bodyBytes.length + "}\r\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(ascii(head));
        out.writeBytes(bodyBytes);
        out.writeBytes(ascii(")\r\n"));
        return out.toByteArray();
    }

    private static String envelope(int seq, Random random) {
        return "(\"Tue, 3 Mar 2026 10:1" + random.nextInt(10) + ":00 +0100\" \"Quarterly report " + seq
                + " \\\"draft\\\"\" ((\"Alice Example\" NIL \"alice\" \"example.org\")) "
                + "((\"Alice Example\" NIL \"alice\" \"example.org\")) ((NIL NIL \"replies\" \"example.org\")) "
                + "((\"Bob\" NIL \"bob\" \"example.net\")(NIL NIL \"carol\" \"example.net\")) "
                + "((\"=?UTF-8?Q?D=C3=A9sir=C3=A9e?=\" NIL \"desiree\" \"example.com\")) NIL "
                + "\"<prev-" + seq + "@example.org>\" \"<msg-" + seq + "." + random.nextInt(1 << 20) + "@example.org>\")";
    }

    private static String bodyStructure(Random random) {
        return "(((\"TEXT\" \"PLAIN\" (\"CHARSET\" \"UTF-8\") NIL NIL \"QUOTED-PRINTABLE\" " + (800 + random.nextInt(4000))
                + " " + (20 + random.nextInt(80)) + " NIL NIL NIL NIL)"
                + "(\"TEXT\" \"HTML\" (\"CHARSET\" \"UTF-8\") NIL NIL \"BASE64\" " + (2000 + random.nextInt(9000))
                + " " + (30 + random.nextInt(120)) + " NIL NIL NIL NIL) \"ALTERNATIVE\" (\"BOUNDARY\" \"=_alt_"
                + random.nextInt(1 << 16) + "\") NIL NIL NIL)"
                + "(\"APPLICATION\" \"PDF\" (\"NAME\" \"report.pdf\") NIL NIL \"BASE64\" " + (10000 + random.nextInt(90000))
                + " NIL (\"ATTACHMENT\" (\"FILENAME\" \"report.pdf\")) NIL NIL) \"MIXED\" (\"BOUNDARY\" \"=_mix_"
                + random.nextInt(1 << 16) + "\") NIL NIL NIL)";
    }

    private static String message(int seq, Random random) {
        StringBuilder sb = new StringBuilder();
        sb.append("From: Alice Example <alice@example.org>\r\nTo: Bob <bob@example.net>\r\n")
          .append("Subject: Quarterly report ").append(seq).append("\r\nMessage-ID: <msg-").append(seq)
          .append("@example.org>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n");
        int lines = 40 + random.nextInt(400);
        for (int i = 0; i < lines; i++) {
            sb.append("Line ").append(i).append(" of the report: figures ").append(random.nextInt(100000))
              .append(" and ").append(random.nextInt(100000)).append(" look fine.\r\n");
        }
        return sb.toString();
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}

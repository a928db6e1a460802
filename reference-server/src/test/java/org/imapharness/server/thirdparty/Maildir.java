package org.imapharness.server.thirdparty;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One Maildir folder as mbsync leaves it (cur/ and new/, flags after {@code :2,} in the file name).
 * Maildir is a Unix format: mbsync stores LF line ends and turns them back into CRLF when it
 * uploads, so contents are compared in IMAP form ({@link Entry#imapBytes}). mbsync also writes an
 * {@code X-TUID:} header (its transfer id, to find a message again after storing it) into every
 * copy it makes, on either side; {@link #withoutTuid} takes it out before comparing.
 */
record Maildir(Path dir) {
    private static final Pattern TUID_LINE = Pattern.compile("(?m)^X-TUID: [^\r\n]*\r\n");

    /** Maildir info letters and the IMAP system flags they stand for. */
    static final Map<Character, String> FLAGS = Map.of('D', "\\Draft", 'F', "\\Flagged", 'R', "\\Answered",
            'S', "\\Seen", 'T', "\\Deleted");

    /** One message file. */
    record Entry(Path file, byte[] bytes, Set<String> flags) {
        /** The bytes as an IMAP server should hold them: CRLF line ends, without mbsync's bookkeeping header. */
        byte[] imapBytes() {
            return withoutTuid(toCrlf(bytes));
        }
    }

    boolean exists() {
        return Files.isDirectory(dir.resolve("cur")) && Files.isDirectory(dir.resolve("new"));
    }

    List<Entry> messages() throws IOException {
        List<Entry> out = new ArrayList<>();
        for (String sub : List.of("new", "cur")) {
            try (Stream<Path> files = Files.list(dir.resolve(sub))) {
                for (Path f : files.sorted().toList()) {
                    out.add(new Entry(f, Files.readAllBytes(f), flagsOf(f.getFileName().toString())));
                }
            }
        }
        return out;
    }

    /** Delivers a message as a mail client would: written to tmp/, then moved to new/ (Maildir's atomic hand-off). */
    Path deliver(String uniqueName, byte[] unixBytes) throws IOException {
        Path tmp = Files.write(dir.resolve("tmp").resolve(uniqueName), unixBytes);
        return Files.move(tmp, dir.resolve("new").resolve(uniqueName));
    }

    /** Creates an empty Maildir folder (cur, new, tmp). */
    static Maildir create(Path dir) throws IOException {
        for (String sub : List.of("cur", "new", "tmp")) {
            Files.createDirectories(dir.resolve(sub));
        }
        return new Maildir(dir);
    }

    /** Sets the flags of a message the way a mail client does: by renaming it in cur/ with new info letters. */
    static Path setFlags(Entry entry, String letters) throws IOException {
        String name = entry.file().getFileName().toString();
        int info = name.indexOf(":2,");
        String base = info < 0 ? name : name.substring(0, info);
        Path cur = entry.file().getParent().resolveSibling("cur");
        return Files.move(entry.file(), cur.resolve(base + ":2," + letters));
    }

    private static Set<String> flagsOf(String fileName) {
        Set<String> flags = new TreeSet<>();
        int info = fileName.indexOf(":2,");
        if (info >= 0) {
            for (char c : fileName.substring(info + 3).toCharArray()) {
                if (FLAGS.containsKey(c)) {
                    flags.add(FLAGS.get(c));
                }
            }
        }
        return flags;
    }

    static byte[] toCrlf(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + bytes.length / 40);
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n' && (i == 0 || bytes[i - 1] != '\r')) {
                out.write('\r');
            }
            out.write(bytes[i]);
        }
        return out.toByteArray();
    }

    /** The message without mbsync's {@code X-TUID:} header lines (only in the header, CRLF form). */
    static byte[] withoutTuid(byte[] crlfMessage) {
        String text = new String(crlfMessage, StandardCharsets.ISO_8859_1);
        int headerEnd = text.indexOf("\r\n\r\n");
        String header = headerEnd < 0 ? text : text.substring(0, headerEnd + 2);
        String rest = headerEnd < 0 ? "" : text.substring(headerEnd + 2);
        String kept = TUID_LINE.matcher(header).replaceAll("");
        return (kept + rest).getBytes(StandardCharsets.ISO_8859_1);
    }
}

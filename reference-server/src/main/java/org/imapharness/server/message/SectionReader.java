package org.imapharness.server.message;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.imapharness.protocol.model.Octets;
import org.imapharness.protocol.model.Partial;
import org.imapharness.protocol.model.Section;

/**
 * BODY[section]&lt;partial&gt; extraction (RFC 3501 §6.4.5) over the MIME tree.
 *
 * <p>Part numbers: a multipart's parts are numbered from 1; a non-multipart message (the top
 * level, or one encapsulated in a MESSAGE/RFC822 part) has exactly one part, 1, which is the
 * message itself seen as a part (so {@code 1.MIME} is its header and {@code 1} its body). Like
 * Dovecot we extend that rule to leaves inside a multipart: {@code 2.1} of a TEXT part 2 is
 * part 2 (but the top-level body, part 1 of a plain message, has no part 1.1).
 * HEADER, HEADER.FIELDS[.NOT] and TEXT after a part number need that part to be MESSAGE/RFC822.
 *
 * <p>A section that names no existing part (or a HEADER/TEXT of a non-message part) yields
 * {@code null}, which the FETCH writer sends as NIL; Dovecot answers such requests with NIL or
 * an empty string, and clients accept both.
 */
final class SectionReader {
    private static final byte[] CRLF = {'\r', '\n'};

    private SectionReader() {
    }

    static Octets read(byte[] bytes, MimePart root, Section section, Partial partial) {
        Range range = locate(root, section);
        if (range == null) {
            return null;
        }
        byte[] data = section.specifier().hasFields() ? fields(bytes, range.message, section)
                : java.util.Arrays.copyOfRange(bytes, range.start, range.end);
        return cut(data, partial);
    }

    /** The part a path names, or {@code null}. The empty path is the message itself. */
    static MimePart resolve(MimePart root, List<Integer> path) {
        MimePart current = root;
        boolean isMessage = true;
        boolean inMultipart = false;
        for (int n : path) {
            MimePart container;
            if (isMessage) {
                container = current;
            } else if (current.embedded() != null) {
                container = current.embedded(); // MESSAGE/RFC822: the parts of the message inside
            } else if (inMultipart) {
                container = current; // Dovecot: n.1 of a leaf inside a multipart is that leaf
            } else {
                return null;
            }
            if (container.isMultipart()) {
                if (n > container.children().size()) {
                    return null;
                }
                current = container.children().get(n - 1);
                inMultipart = true;
            } else {
                if (n != 1) {
                    return null;
                }
                current = container;
                inMultipart = false;
            }
            isMessage = false;
        }
        return current;
    }

    /** A byte range, and for header field selections the message whose header is searched. */
    private record Range(int start, int end, MimePart message) {
    }

    private static Range locate(MimePart root, Section section) {
        MimePart part = resolve(root, section.part());
        if (part == null) {
            return null;
        }
        boolean top = section.part().isEmpty();
        return switch (section.specifier()) {
            case NONE -> top ? new Range(0, root.end(), root) : new Range(part.bodyStart(), part.end(), null);
            case MIME -> new Range(part.headerStart(), part.bodyStart(), null);
            case HEADER, HEADER_FIELDS, HEADER_FIELDS_NOT, TEXT -> {
                MimePart message = top ? root : part.embedded();
                if (message == null) {
                    yield null;
                }
                yield section.specifier() == Section.Specifier.TEXT
                        ? new Range(message.bodyStart(), message.end(), message)
                        : new Range(message.headerStart(), message.bodyStart(), message);
            }
        };
    }

    /** The selected field lines verbatim (folding kept), then the empty line (§6.4.5). */
    private static byte[] fields(byte[] bytes, MimePart message, Section section) {
        boolean not = section.specifier() == Section.Specifier.HEADER_FIELDS_NOT;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (HeaderField f : message.header().fields()) {
            if (section.matchesField(f.name()) != not) {
                out.write(bytes, f.start(), f.end() - f.start());
                if (bytes[f.end() - 1] != '\n') {
                    out.write(CRLF, 0, 2);
                }
            }
        }
        out.write(CRLF, 0, 2);
        return out.toByteArray();
    }

    /** &lt;origin.count&gt;: an origin past the end gives the empty string (§6.4.5). */
    private static Octets cut(byte[] data, Partial partial) {
        if (partial == null) {
            return Octets.of(data);
        }
        long from = Math.min(partial.offset(), data.length);
        long to = partial.count() == null ? data.length : Math.min(data.length, from + partial.count());
        return Octets.of(data, (int) from, (int) to);
    }
}

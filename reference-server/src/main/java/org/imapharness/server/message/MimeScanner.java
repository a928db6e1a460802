package org.imapharness.server.message;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds the {@link MimePart} tree of a message by scanning its bytes once. Never throws: a part
 * that cannot be split (multipart without boundary, no delimiter found) is kept whole, and
 * nesting deeper than {@link #MAX_DEPTH} is treated as opaque, so hostile mail costs linear time.
 */
final class MimeScanner {
    /** Deeper multipart/message nesting is not split further (Dovecot stops at 100). */
    static final int MAX_DEPTH = 50;

    private MimeScanner() {
    }

    static MimePart scan(byte[] bytes) {
        return part(bytes, 0, bytes.length, ContentType.TEXT_PLAIN, 0);
    }

    private static MimePart part(byte[] bytes, int start, int end, ContentType fallback, int depth) {
        HeaderBlock header = HeaderScanner.scan(bytes, start, end);
        ContentType type = ContentType.parse(header.value("Content-Type"), fallback);
        String encoding = MimePart.encodingOf(header);
        int bodyStart = header.bodyStart();
        long lines = Bytes.countLines(bytes, bodyStart, end);
        List<MimePart> children = new ArrayList<>();
        MimePart embedded = null;
        String boundary = type.parameter("BOUNDARY");
        if (type.isMultipart() && boundary != null && !boundary.isEmpty() && depth < MAX_DEPTH) {
            ContentType childDefault = type.subtype().equals("DIGEST") ? ContentType.MESSAGE_RFC822
                    : ContentType.TEXT_PLAIN;
            for (BoundaryScanner.Range r : BoundaryScanner.split(bytes, bodyStart, end, boundary)) {
                children.add(part(bytes, r.start(), r.end(), childDefault, depth + 1));
            }
            if (children.isEmpty()) {
                // No delimiter at all: like Dovecot, report one empty text part (a multipart
                // has at least one part in the grammar).
                children.add(emptyPart(bytes, end));
            }
        } else if (type.isMessageRfc822()) {
            // Even past MAX_DEPTH an encapsulated message gets a (flat) embedded part, so that
            // BODYSTRUCTURE can always carry its envelope.
            embedded = depth < MAX_DEPTH
                    ? part(bytes, bodyStart, end, ContentType.TEXT_PLAIN, depth + 1)
                    : flat(bytes, bodyStart, end);
        }
        return new MimePart(header, end, type, encoding, children, embedded, lines);
    }

    private static MimePart flat(byte[] bytes, int start, int end) {
        HeaderBlock header = HeaderScanner.scan(bytes, start, end);
        return new MimePart(header, end, ContentType.TEXT_PLAIN, MimePart.encodingOf(header), List.of(), null,
                Bytes.countLines(bytes, header.bodyStart(), end));
    }

    private static MimePart emptyPart(byte[] bytes, int at) {
        HeaderBlock header = new HeaderBlock(bytes, at, at, List.of());
        return new MimePart(header, at, ContentType.TEXT_PLAIN, "7BIT", List.of(), null, 0);
    }
}

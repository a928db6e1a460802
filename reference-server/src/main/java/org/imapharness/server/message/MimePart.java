package org.imapharness.server.message;

import java.util.List;
import java.util.Locale;

/**
 * One node of a message's MIME tree, as byte offsets into the message: the header is
 * {@code [headerStart, bodyStart)}, the body {@code [bodyStart, end)}. A multipart has
 * {@code children}; a MESSAGE/RFC822 part has the encapsulated message as {@code embedded}
 * (whose header starts at this part's {@code bodyStart}). Offsets follow RFC 2046 §5.1.1: the
 * line break before a boundary delimiter belongs to the delimiter, not to the part.
 */
public record MimePart(
        HeaderBlock header,
        int end,
        ContentType contentType,
        String encoding,
        List<MimePart> children,
        MimePart embedded,
        long lines) {

    public MimePart {
        children = List.copyOf(children);
    }

    public int headerStart() {
        return header.start();
    }

    public int bodyStart() {
        return header.bodyStart();
    }

    /** Octets of the body as transferred (RFC 3501 body-fld-octets). */
    public int bodySize() {
        return end - bodyStart();
    }

    public boolean isMultipart() {
        return !children.isEmpty();
    }

    /** The Content-Transfer-Encoding, upper-cased; {@code 7BIT} when absent (RFC 2045 §6.1). */
    static String encodingOf(HeaderBlock header) {
        String value = header.value("Content-Transfer-Encoding");
        if (value == null || value.isBlank()) {
            return "7BIT";
        }
        return value.trim().toUpperCase(Locale.ROOT);
    }
}

package org.imapharness.server.message;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.Locale;
import org.apache.james.mime4j.codec.Base64InputStream;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.QuotedPrintableInputStream;

/**
 * Decoded text of a message for SEARCH (RFC 3501 §6.4.4): header values with RFC 2047 words
 * decoded, and the text of TEXT/* parts (recursing through multiparts and encapsulated messages)
 * with base64 / quoted-printable undone and the declared charset applied. Non-text leaves
 * (images, application/*) are not searched. Built on demand, never stored.
 */
final class SearchableText {
    private SearchableText() {
    }

    /** "Name: decoded value" lines of a header. */
    static String headers(HeaderBlock header) {
        StringBuilder sb = new StringBuilder();
        for (HeaderField f : header.fields()) {
            sb.append(f.name()).append(": ")
                    .append(HeaderText.decodeEncodedWords(header.unfoldedValue(f))).append('\n');
        }
        return sb.toString();
    }

    static String body(byte[] bytes, MimePart part) {
        StringBuilder sb = new StringBuilder();
        appendBody(bytes, part, sb);
        return sb.toString();
    }

    private static void appendBody(byte[] bytes, MimePart part, StringBuilder sb) {
        if (part.isMultipart()) {
            part.children().forEach(child -> appendBody(bytes, child, sb));
        } else if (part.embedded() != null) {
            sb.append(headers(part.embedded().header()));
            appendBody(bytes, part.embedded(), sb);
        } else if (part.contentType().isText()) {
            sb.append(text(bytes, part)).append('\n');
        }
    }

    private static String text(byte[] bytes, MimePart part) {
        byte[] decoded = decode(bytes, part);
        Charset charset = charset(part.contentType().parameter("CHARSET"));
        if (charset == null) {
            return HeaderText.decodeBytes(decoded, 0, decoded.length);
        }
        return new String(decoded, charset);
    }

    /** The part body with its Content-Transfer-Encoding undone; unknown encodings stay raw. */
    static byte[] decode(byte[] bytes, MimePart part) {
        InputStream raw = new ByteArrayInputStream(bytes, part.bodyStart(), part.bodySize());
        InputStream in = switch (part.encoding().toLowerCase(Locale.ROOT)) {
            case "base64" -> new Base64InputStream(raw, DecodeMonitor.SILENT);
            case "quoted-printable" -> new QuotedPrintableInputStream(raw, DecodeMonitor.SILENT);
            default -> raw;
        };
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            // Only malformed encodings reach here (the source is in memory): search the raw bytes.
            return java.util.Arrays.copyOfRange(bytes, part.bodyStart(), part.end());
        }
    }

    private static Charset charset(String name) {
        if (name == null || name.equalsIgnoreCase("us-ascii")) {
            return null; // undeclared or ASCII: let 8-bit bytes be read as UTF-8 when they are
        }
        try {
            return Charset.forName(name.trim());
        } catch (IllegalArgumentException e) {
            return null; // unknown charset: fall back to UTF-8-or-Latin-1 like undeclared text
        }
    }
}

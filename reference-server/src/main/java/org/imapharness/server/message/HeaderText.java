package org.imapharness.server.message;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.DecoderUtil;

/**
 * Turns raw header bytes into strings. Header values are unfolded (RFC 5322 §2.2.3: CR and LF
 * removed, the whitespace that followed them kept) but never decoded for the wire: ENVELOPE and
 * BODYSTRUCTURE carry RFC 2047 encoded words exactly as they were sent. Only SEARCH decodes them.
 */
public final class HeaderText {
    private HeaderText() {
    }

    /**
     * Bytes to text: strict UTF-8 when the bytes are valid UTF-8 (RFC 6532 headers), otherwise
     * ISO-8859-1 so that every byte survives as one char instead of turning into U+FFFD.
     */
    public static String decodeBytes(byte[] bytes, int from, int to) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, from, to - from))
                    .toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, from, to - from, StandardCharsets.ISO_8859_1);
        }
    }

    /**
     * Removes CR and LF and trims surrounding spaces and tabs. NUL goes too: no IMAP string can
     * carry it (RFC 3501 §9: CHAR8 excludes it), and a value ENVELOPE or BODYSTRUCTURE cannot send
     * would turn the whole FETCH into an error. Only a literal8 APPEND can bring NUL in.
     */
    public static String unfold(String raw) {
        StringBuilder sb = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c != '\r' && c != '\n' && c != '\0') {
                sb.append(c);
            }
        }
        return trimWsp(sb.toString());
    }

    static String trimWsp(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && isWsp(s.charAt(from))) {
            from++;
        }
        while (to > from && isWsp(s.charAt(to - 1))) {
            to--;
        }
        return s.substring(from, to);
    }

    static boolean isWsp(char c) {
        return c == ' ' || c == '\t';
    }

    /** RFC 2047 decoding for SEARCH; malformed encoded words stay as they are. */
    public static String decodeEncodedWords(String unfolded) {
        return DecoderUtil.decodeEncodedWords(unfolded, DecodeMonitor.SILENT);
    }
}

package org.imapharness.protocol.codec;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The string rules of RFC 3501 §9 ({@code astring}, {@code string}, {@code quoted},
 * {@code literal}, {@code nstring}, {@code mailbox}, {@code list-mailbox}) and RFC 3516's
 * {@code literal8}. Bytes become text as UTF-8, the inverse of {@link CommandWriter}; malformed
 * sequences become U+FFFD rather than errors, because 8-bit bytes are grammatical in literals.
 */
final class CommandStrings {
    private CommandStrings() {
    }

    /** {@code astring = 1*ASTRING-CHAR / string}. */
    static String astring(CommandCursor c, String rule) {
        if (c.is('"') || c.is('{')) {
            return string(c, rule);
        }
        int from = c.span(CommandChars::isAstringChar);
        if (from == c.position()) {
            throw c.error(rule, "astring");
        }
        return c.ascii(from, c.position());
    }

    /** {@code mailbox = "INBOX" / astring}: INBOX in any case is INBOX (RFC 3501 §5.1). */
    static String mailbox(CommandCursor c, String rule) {
        String name = astring(c, rule);
        return name.equalsIgnoreCase("INBOX") ? "INBOX" : name;
    }

    /** {@code list-mailbox = 1*list-char / string}. */
    static String listMailbox(CommandCursor c) {
        if (c.is('"') || c.is('{')) {
            return string(c, "list-mailbox");
        }
        int from = c.span(CommandChars::isListChar);
        if (from == c.position()) {
            throw c.error("list-mailbox", "list-mailbox");
        }
        return c.ascii(from, c.position());
    }

    /** {@code string = quoted / literal}. */
    static String string(CommandCursor c, String rule) {
        if (c.is('"')) {
            return quoted(c);
        }
        if (c.is('{')) {
            return new String(literal(c), StandardCharsets.UTF_8);
        }
        throw c.error(rule, "string (quoted or literal)");
    }

    /** {@code nstring = string / nil}. */
    static String nstring(CommandCursor c, String rule) {
        if (c.is('"') || c.is('{')) {
            return string(c, rule);
        }
        int at = c.position();
        String word = c.word(rule, "nstring (string or NIL)");
        if (!word.equals("NIL")) {
            throw c.errorAt(rule, at, "nstring (string or NIL)", c.found(at));
        }
        return null;
    }

    /** {@code quoted = DQUOTE *QUOTED-CHAR DQUOTE}; only CHARs, no CR or LF, specials escaped. */
    static String quoted(CommandCursor c) {
        c.expect("quoted", '"');
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        while (true) {
            int b = c.peek();
            if (b == '"') {
                c.advance(1);
                return text.toString(StandardCharsets.US_ASCII);
            }
            if (b == '\\') {
                int escaped = c.peek(1);
                if (escaped != '"' && escaped != '\\') {
                    c.advance(1);
                    throw c.error("quoted", "quoted-specials (\" or \\) after \\");
                }
                text.write(escaped);
                c.advance(2);
            } else if (b == -1) {
                throw c.error("quoted", "closing DQUOTE");
            } else if (!CommandChars.isTextChar(b)) {
                throw c.error("quoted", "QUOTED-CHAR or closing DQUOTE");
            } else {
                text.write(b);
                c.advance(1);
            }
        }
    }

    /** {@code literal = "{" number ["+"] "}" CRLF *CHAR8} (the {@code +} of RFC 7888); data without NUL. */
    static byte[] literal(CommandCursor c) {
        byte[] data = literalData(c, "literal");
        for (int i = 0; i < data.length; i++) {
            if (data[i] == 0) {
                int at = c.position() - data.length + i;
                throw c.errorAt("literal", at, "CHAR8 (any octet but NUL)", "NUL");
            }
        }
        return data;
    }

    /** {@code literal8 = "~{" number ["+"] "}" CRLF *OCTET} (RFC 3516 §4.1; the {@code +} from RFC 7888). */
    static byte[] literal8(CommandCursor c) {
        c.expect("literal8", '~');
        return literalData(c, "literal8");
    }

    private static byte[] literalData(CommandCursor c, String rule) {
        int announced = c.position();
        c.expect(rule, '{');
        long size = c.number(rule);
        c.skip('+');
        c.expect(rule, '}');
        c.crlf(rule);
        if (size > c.remaining()) {
            throw c.errorAt(rule, announced, size + " bytes of literal data",
                    c.remaining() + " bytes before the end of the frame");
        }
        int from = c.position();
        c.advance((int) size);
        return c.slice(from, c.position());
    }
}

package org.imapharness.protocol.codec;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.IntPredicate;
import org.imapharness.protocol.model.SequenceSet;

/**
 * The bytes of one command being written: applies the writer's options (keyword letter case,
 * string style, literal mode) and cuts a new segment after every synchronizing literal.
 * Values are encoded as UTF-8; one instance per {@link CommandWriter#encode} call.
 */
final class CommandOutput {

    /** The smallest form a value may take where the grammar offers more than {@code string}. */
    enum Bare {
        /** Only {@code quoted} or {@code literal}. */
        NONE(b -> false),
        /** {@code astring}: 1*ASTRING-CHAR. */
        ASTRING(CommandChars::isAstringChar),
        /** {@code list-mailbox}: 1*list-char. */
        LIST(CommandChars::isListChar);

        private final IntPredicate charClass;

        Bare(IntPredicate charClass) {
            this.charClass = charClass;
        }
    }

    private final CommandWriter.Options options;
    private final Random caseChooser;
    private final List<byte[]> segments = new ArrayList<>();
    private final ByteArrayOutputStream current = new ByteArrayOutputStream();

    CommandOutput(CommandWriter.Options options) {
        this.options = options;
        this.caseChooser = new Random(options.caseSeed());
    }

    StringStyle strings() {
        return options.strings();
    }

    /** A keyword of the grammar (command name, data item, search key…), in the configured case. */
    CommandOutput keyword(String keyword) {
        String cased = switch (options.keywordCase()) {
            case UPPER -> keyword.toUpperCase(Locale.ROOT);
            case LOWER -> keyword.toLowerCase(Locale.ROOT);
            case MIXED -> mixed(keyword);
        };
        return ascii(cased);
    }

    /** Text that needs no quoting and is already validated: numbers, flags, sequence sets. */
    CommandOutput ascii(String text) {
        current.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
        return this;
    }

    CommandOutput sp() {
        current.write(' ');
        return this;
    }

    CommandOutput open() {
        current.write('(');
        return this;
    }

    CommandOutput close() {
        current.write(')');
        return this;
    }

    /** An {@code atom} that is a value of the grammar, e.g. a flag keyword or capability. */
    CommandOutput atom(String field, String value) {
        return ascii(requireAtom(field, value));
    }

    /** The value itself, once checked to be an {@code atom}. */
    static String requireAtom(String field, String value) {
        byte[] bytes = utf8(field, value);
        if (!CommandChars.allOf(bytes, CommandChars::isAtomChar)) {
            throw new IllegalArgumentException(field + " must be a non-empty atom (RFC 3501 §9 ATOM-CHAR)"
                    + firstBad(bytes, CommandChars::isAtomChar));
        }
        return value;
    }

    CommandOutput astring(String field, String value) {
        return text(field, value, Bare.ASTRING);
    }

    CommandOutput string(String field, String value) {
        return text(field, value, Bare.NONE);
    }

    CommandOutput listMailbox(String field, String value) {
        return text(field, value, Bare.LIST);
    }

    /** {@code number}: unsigned 32-bit (RFC 3501 §9). */
    CommandOutput number(String field, long value) {
        return bounded(field, value, 0, SequenceSet.MAX_NUMBER, "number");
    }

    /** {@code nz-number}: 1..2^32-1. */
    CommandOutput nzNumber(String field, long value) {
        return bounded(field, value, 1, SequenceSet.MAX_NUMBER, "nz-number");
    }

    /** {@code mod-sequence-value} (RFC 7162 §7), or {@code mod-sequence-valzer} when {@code zeroAllowed}. */
    CommandOutput modSequence(String field, long value, boolean zeroAllowed) {
        return bounded(field, value, zeroAllowed ? 0 : 1, Long.MAX_VALUE,
                zeroAllowed ? "mod-sequence-valzer" : "mod-sequence-value");
    }

    private CommandOutput bounded(String field, long value, long min, long max, String rule) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(field + " = " + value + " is not a " + rule + " (" + min + ".." + max + ")");
        }
        return ascii(Long.toString(value));
    }

    /** {@code nstring}: {@code NIL} for {@code null}. */
    CommandOutput nstring(String field, String value) {
        return value == null ? keyword("NIL") : string(field, value);
    }

    /** A value in the shortest form {@code bare} allows, or the form the string style forces. */
    CommandOutput text(String field, String value, Bare bare) {
        byte[] bytes = utf8(field, value);
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new IllegalArgumentException(field + " contains NUL at byte " + i
                        + ": no IMAP string can carry it (RFC 3501 §9 CHAR8)");
            }
        }
        StringStyle style = options.strings();
        if (style == StringStyle.SHORTEST && CommandChars.allOf(bytes, bare.charClass)) {
            current.writeBytes(bytes);
        } else if (style != StringStyle.LITERAL && quotable(bytes)) {
            quoted(bytes);
        } else {
            literal(bytes, false);
        }
        return this;
    }

    /**
     * {@code literal} ({@code {n}}) or, for {@code eight}, RFC 3516 {@code literal8}
     * ({@code ~{n}}); callers have checked that a plain literal holds no NUL.
     */
    CommandOutput literal(byte[] data, boolean eight) {
        boolean plus = options.literals().nonSynchronizing(data.length);
        ascii((eight ? "~{" : "{") + data.length + (plus ? "+}" : "}") + "\r\n");
        if (!plus) {
            segments.add(current.toByteArray());
            current.reset();
        }
        current.writeBytes(data);
        return this;
    }

    /** Ends the command line and returns its segments. */
    EncodedCommand finish() {
        current.write('\r');
        current.write('\n');
        segments.add(current.toByteArray());
        return new EncodedCommand(segments);
    }

    private void quoted(byte[] bytes) {
        current.write('"');
        for (byte b : bytes) {
            if (b == '"' || b == '\\') {
                current.write('\\');
            }
            current.write(b);
        }
        current.write('"');
    }

    private static boolean quotable(byte[] bytes) {
        for (byte b : bytes) {
            if (!CommandChars.isQuotable(b & 0xff)) {
                return false;
            }
        }
        return true;
    }

    private String mixed(String keyword) {
        char[] chars = keyword.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = caseChooser.nextBoolean() ? Character.toUpperCase(chars[i]) : Character.toLowerCase(chars[i]);
        }
        return new String(chars);
    }

    /** Strict UTF-8: a lone surrogate is an error rather than a silent {@code ?}. */
    static byte[] utf8(String field, String value) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is null");
        }
        try {
            ByteBuffer buffer = StandardCharsets.UTF_8.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(value));
            return Arrays.copyOfRange(buffer.array(), buffer.position(), buffer.limit());
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(field + " is not valid Unicode (lone surrogate)", e);
        }
    }

    static String firstBad(byte[] bytes, IntPredicate charClass) {
        if (bytes.length == 0) {
            return ", found an empty value";
        }
        for (int i = 0; i < bytes.length; i++) {
            if (!charClass.test(bytes[i] & 0xff)) {
                return String.format(", found byte 0x%02X at index %d", bytes[i] & 0xff, i);
            }
        }
        return "";
    }
}

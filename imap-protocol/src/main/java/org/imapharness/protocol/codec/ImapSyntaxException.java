package org.imapharness.protocol.codec;

/**
 * Input that breaks the IMAP grammar: names the ABNF rule being parsed, the byte offset in
 * the frame, what was expected and what was found. Unchecked and stackless because parsers
 * raise it on hostile input at high rates (fuzzing, load) and the location is in the fields.
 */
public final class ImapSyntaxException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String rule;
    private final int offset;
    private final String expected;
    private final String found;

    public ImapSyntaxException(String rule, int offset, String expected, String found) {
        super("syntax error in " + rule + " at byte " + offset + ": expected " + expected + ", found " + found,
                null, false, false);
        this.rule = rule;
        this.offset = offset;
        this.expected = expected;
        this.found = found;
    }

    public String rule() {
        return rule;
    }

    public int offset() {
        return offset;
    }

    public String expected() {
        return expected;
    }

    public String found() {
        return found;
    }
}

package org.imapharness.scenarios.security;

import java.util.Locale;

/**
 * One server response as framed on the wire (a line, with any literals it announces inline), or
 * the end of the connection, or silence until the deadline. Checks judge text, not a parsed
 * model: what matters here is where the server's own framing put line starts.
 */
public record Reply(Kind kind, String text) {

    public enum Kind { RESPONSE, CLOSED, TIMEOUT }

    static final Reply CLOSED = new Reply(Kind.CLOSED, "(connection closed)");
    static final Reply TIMEOUT = new Reply(Kind.TIMEOUT, "(no answer)");

    static Reply of(String text) {
        return new Reply(Kind.RESPONSE, text);
    }

    boolean isResponse() {
        return kind == Kind.RESPONSE;
    }

    /** Tagged with {@code tag}. */
    boolean taggedBy(String tag) {
        return isResponse() && text.startsWith(tag + " ");
    }

    /** The status word after the tag or {@code *}: OK, NO, BAD, BYE, PREAUTH, or the response name. */
    String status() {
        if (!isResponse()) {
            return kind.name();
        }
        String[] parts = text.split(" ", 3);
        return parts.length < 2 ? "" : parts[1].toUpperCase(Locale.ROOT);
    }

    boolean isBye() {
        return text.startsWith("* ") && "BYE".equals(status());
    }

    boolean isContinuation() {
        return isResponse() && text.startsWith("+");
    }

    /** At most 160 characters, for evidence. */
    String brief() {
        return text.length() <= 160 ? text : text.substring(0, 157) + "...";
    }

    @Override
    public String toString() {
        return brief();
    }
}

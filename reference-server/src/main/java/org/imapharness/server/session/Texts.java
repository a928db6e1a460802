package org.imapharness.server.session;

import org.imapharness.protocol.codec.CommandParser;
import org.imapharness.protocol.codec.ParsedCommand;

/** Helpers for the human-readable parts of responses. */
final class Texts {
    /** Enough to say what went wrong; error texts quote client input, which must not bloat answers. */
    private static final int MAX_TEXT = 400;

    private Texts() {
    }

    /**
     * {@code text} as RFC 3501 §9 {@code text} allows (TEXT-CHAR: printable ASCII here, other
     * characters become {@code ?}), so that a message quoting client bytes can never break the
     * response line or smuggle a CRLF.
     */
    static String safe(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_TEXT));
        for (int i = 0; i < text.length() && out.length() < MAX_TEXT; i++) {
            char c = text.charAt(i);
            if (c == '\u00a7') {
                out.append("section "); // our messages cite RFC sections as §n; keep them readable
            } else {
                out.append(c >= 0x20 && c < 0x7f ? c : '?');
            }
        }
        if (text.length() > MAX_TEXT) {
            out.append("...");
        }
        String s = out.toString();
        // Text without a response code must not open with '[' (it would read as one).
        return s.startsWith("[") ? " " + s : s;
    }

    /** The tag at the start of a (possibly truncated) frame, or null when it has none. */
    static String tagOf(CommandParser parser, byte[] raw) {
        ParsedCommand parsed = parser.parse(raw);
        if (parsed instanceof ParsedCommand.Ok ok) {
            return ok.command().tag();
        }
        return ((ParsedCommand.Error) parsed).tag();
    }
}

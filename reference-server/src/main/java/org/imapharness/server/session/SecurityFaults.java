package org.imapharness.server.session;

import java.nio.charset.StandardCharsets;
import org.imapharness.protocol.codec.ParsedCommand;
import org.imapharness.protocol.command.Command;
import org.imapharness.protocol.frame.FrameError;
import org.imapharness.server.fault.Fault;
import org.imapharness.server.fault.FaultSet;

/**
 * The one branch of each session-level security fault that needs more than a flag test: where the
 * faulty server skips a state check, grants a literal it should refuse, stalls on a parse error,
 * or lets client bytes through unchecked. Kept apart so the correct code path reads cleanly.
 */
final class SecurityFaults {
    /** A tag the parser accepts, standing in for {@code *} or {@code +} under {@link Fault#TAG_UNCHECKED}. */
    private static final String STAND_IN_TAG = "imap-harness-unchecked-tag";

    private SecurityFaults() {
    }

    /** {@link Fault#STARTTLS_AFTER_LOGIN_ALLOWED}: STARTTLS skips the state check of RFC 3501 §6.2.1. */
    static boolean startTlsAnyState(FaultSet faults, Command command) {
        return command instanceof Command.StartTls && faults.has(Fault.STARTTLS_AFTER_LOGIN_ALLOWED);
    }

    /**
     * Whether a refused literal announcement gets a continuation request anyway:
     * {@link Fault#LITERAL_SIZE_UNCHECKED} for sizes over the limits, {@link Fault#LITERAL_SIZE_WRAPS}
     * for sizes beyond 32 bits (as a C server reading the size into an unsigned int would).
     */
    static boolean grantsRefusedLiteral(FaultSet faults, FrameError error) {
        if (!synchronizingAtEnd(error.raw())) {
            return false;
        }
        return switch (error.kind()) {
            case LITERAL_TOO_BIG, FRAME_TOO_BIG -> faults.has(Fault.LITERAL_SIZE_UNCHECKED);
            case BAD_LITERAL_SIZE -> faults.has(Fault.LITERAL_SIZE_WRAPS);
            default -> false;
        };
    }

    /** {@link Fault#DEEP_NESTING_UNANSWERED}: the parser refused the command for its nesting depth. */
    static boolean stallsOn(FaultSet faults, ParsedCommand.Error error) {
        return faults.has(Fault.DEEP_NESTING_UNANSWERED) && error.cause().getMessage().contains("nested at most");
    }

    /** Under {@link Fault#TAG_UNCHECKED}, a frame tagged {@code *} or {@code +} with a parseable stand-in tag. */
    static byte[] standInTag(FaultSet faults, byte[] frame) {
        if (!faults.has(Fault.TAG_UNCHECKED) || frame.length < 2 || frame[1] != ' '
                || (frame[0] != '*' && frame[0] != '+')) {
            return frame;
        }
        byte[] stand = STAND_IN_TAG.getBytes(StandardCharsets.US_ASCII);
        byte[] out = new byte[frame.length - 1 + stand.length];
        System.arraycopy(stand, 0, out, 0, stand.length);
        System.arraycopy(frame, 1, out, stand.length, frame.length - 1);
        return out;
    }

    /**
     * Whether the tagged completion must bypass the response writer, which refuses what the faulty
     * server sends: a {@code *}/{@code +} tag, or text with CR, LF or other control characters.
     */
    static boolean rawCompletion(FaultSet faults, String tag, String text) {
        return faults.has(Fault.TAG_UNCHECKED) && (tag.equals("*") || tag.equals("+"))
                || faults.has(Fault.RESPONSE_TEXT_UNSANITIZED) && text.chars().anyMatch(c -> c < 0x20 || c == 0x7f);
    }

    /** {@link Fault#RESPONSE_TEXT_UNSANITIZED}: response text as given, client bytes included. */
    static String text(FaultSet faults, String text) {
        return faults.has(Fault.RESPONSE_TEXT_UNSANITIZED) ? text : Texts.safe(text);
    }

    private static boolean synchronizingAtEnd(byte[] raw) {
        int i = raw.length - 1;
        if (i < 3 || raw[i] != '\n' || raw[i - 1] != '\r' || raw[i - 2] != '}') {
            return false;
        }
        i -= 3;
        int digits = 0;
        while (i >= 0 && raw[i] >= '0' && raw[i] <= '9') {
            i--;
            digits++;
        }
        return digits > 0 && i >= 0 && raw[i] == '{';
    }
}

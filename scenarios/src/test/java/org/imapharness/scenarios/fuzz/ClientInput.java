package org.imapharness.scenarios.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.imapharness.protocol.codec.CommandParser;
import org.imapharness.protocol.codec.ParsedCommand;
import org.imapharness.protocol.command.Command;
import org.imapharness.protocol.frame.Frame;
import org.imapharness.protocol.frame.FrameAccumulator;
import org.imapharness.protocol.frame.FrameEvent;
import org.imapharness.protocol.frame.FrameLimits;

/**
 * Raw client bytes for one session, plus the epilogue that makes the server end the session by
 * itself once it has answered everything before it.
 *
 * <p>Half-closing the socket right after the input would not do: the server closes on EOF at
 * once, dropping the commands still queued behind an asynchronous LOGIN (password hashing), so
 * nothing after a login would ever run. Instead the input is followed by bytes that lead any
 * state back to a LOGOUT: CRLFs until the server's framer is between frames (ends a partial
 * line, and walks out of a literal that is still owed), {@code DONE} (ends IDLE, or answers an
 * AUTHENTICATE challenge; a plain {@code * BAD} otherwise), then {@code LOGOUT}. The server's
 * framing is mirrored by a {@link FrameAccumulator} with the server's own limits, so the
 * epilogue is exact. When more than {@link #MAX_PADDING} bytes would be owed (a refused
 * non-synchronizing literal of up to 4 GiB that the server skips), the session is half-closed
 * instead.
 *
 * <p>After an accepted STARTTLS the server ignores cleartext until a TLS handshake that never
 * comes, so the client stops there: the tags of STARTTLS commands are noted.
 */
record ClientInput(byte[] bytes, byte[] epilogue, boolean halfClose, Set<String> startTlsTags) {
    static final int MAX_PADDING = 20 * 1024;
    private static final byte[] CRLF = {'\r', '\n'};
    private static final byte[] LOGOUT = "DONE\r\nZZZZ LOGOUT\r\n".getBytes(StandardCharsets.US_ASCII);
    private static final CommandParser PARSER = new CommandParser();

    static ClientInput of(byte[] bytes, FrameLimits serverLimits) {
        FrameAccumulator mirror = new FrameAccumulator(serverLimits, FrameAccumulator.Mode.SERVER);
        Set<String> startTls = new HashSet<>();
        mirror.feed(bytes, 0, bytes.length, event -> noteStartTls(event, startTls));
        ByteArrayOutputStream epilogue = new ByteArrayOutputStream();
        while (!mirror.isBetweenFrames() && epilogue.size() < MAX_PADDING) {
            mirror.feed(CRLF, 0, CRLF.length, event -> noteStartTls(event, startTls));
            epilogue.writeBytes(CRLF);
        }
        if (!mirror.isBetweenFrames()) {
            return new ClientInput(bytes, new byte[0], true, Set.copyOf(startTls));
        }
        epilogue.writeBytes(LOGOUT);
        return new ClientInput(bytes, epilogue.toByteArray(), false, Set.copyOf(startTls));
    }

    private static void noteStartTls(FrameEvent event, Set<String> tags) {
        if (event instanceof Frame frame && PARSER.parse(frame.bytes()) instanceof ParsedCommand.Ok ok
                && ok.command().command() instanceof Command.StartTls) {
            tags.add(ok.command().tag());
        }
    }
}

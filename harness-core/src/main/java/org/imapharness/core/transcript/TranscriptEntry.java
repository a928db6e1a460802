package org.imapharness.core.transcript;

import java.time.Instant;
import java.util.Objects;
import org.imapharness.protocol.model.Octets;

/**
 * One chunk of IMAP traffic as it crossed the socket: plaintext (after TLS), in the order sent or
 * read, credentials already redacted.
 *
 * @param sequence       position in the connection's transcript, from 0, never reused
 * @param direction      who sent it
 * @param nanoTime       {@link System#nanoTime()} when recorded, for intervals
 * @param wallTime       wall-clock time when recorded, for people
 * @param bytes          the bytes kept; fewer than {@code originalLength} when the chunk alone was
 *                       bigger than the transcript's limit
 * @param originalLength how many bytes the chunk had
 */
public record TranscriptEntry(long sequence, Direction direction, long nanoTime, Instant wallTime, Octets bytes,
                              int originalLength) {

    public TranscriptEntry {
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(wallTime, "wallTime");
        Objects.requireNonNull(bytes, "bytes");
        if (originalLength < bytes.length()) {
            throw new IllegalArgumentException("originalLength " + originalLength + " < kept " + bytes.length());
        }
    }

    /** True when only the first {@code bytes().length()} bytes of the chunk were kept. */
    public boolean truncated() {
        return originalLength > bytes.length();
    }
}

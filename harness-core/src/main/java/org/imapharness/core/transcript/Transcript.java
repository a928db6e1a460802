package org.imapharness.core.transcript;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.imapharness.protocol.model.Octets;

/**
 * Everything one connection sent and received, chunk by chunk, with credentials already redacted
 * by the caller. Memory is bounded: once the chunks kept exceed {@code limitBytes}, the oldest are
 * dropped (counted in {@link #droppedBytes()}), so a long load run keeps only its recent traffic.
 *
 * <p>Written from the connection's event loop, read from any thread: methods are synchronized.
 */
public final class Transcript {

    /** Enough for a few hundred ordinary commands; big FETCH bodies push older chunks out. */
    public static final int DEFAULT_LIMIT_BYTES = 256 * 1024;

    private final int limitBytes;
    private final ArrayDeque<TranscriptEntry> entries = new ArrayDeque<>();
    private long nextSequence;
    private long keptBytes;
    private long droppedBytes;
    private long droppedEntries;

    /** @param limitBytes most bytes kept; 0 records nothing (sequences still advance) */
    public Transcript(int limitBytes) {
        if (limitBytes < 0) {
            throw new IllegalArgumentException("limitBytes must be >= 0, was " + limitBytes);
        }
        this.limitBytes = limitBytes;
    }

    public static Transcript disabled() {
        return new Transcript(0);
    }

    public boolean enabled() {
        return limitBytes > 0;
    }

    public int limitBytes() {
        return limitBytes;
    }

    /** Records {@code bytes[off..off+len)} (copied); returns its sequence number. */
    public synchronized long record(Direction direction, byte[] bytes, int off, int len) {
        long sequence = nextSequence++;
        if (limitBytes == 0) {
            droppedBytes += len;
            droppedEntries++;
            return sequence;
        }
        int kept = Math.min(len, limitBytes);
        entries.addLast(new TranscriptEntry(sequence, direction, System.nanoTime(), Instant.now(),
                Octets.of(bytes, off, off + kept), len));
        keptBytes += kept;
        droppedBytes += len - kept;
        while (keptBytes > limitBytes && entries.size() > 1) {
            TranscriptEntry oldest = entries.removeFirst();
            keptBytes -= oldest.bytes().length();
            droppedBytes += oldest.bytes().length(); // a cut chunk's missing part was counted when recorded
            droppedEntries++;
        }
        return sequence;
    }

    public long record(Direction direction, byte[] bytes) {
        return record(direction, bytes, 0, bytes.length);
    }

    /** The sequence number the next recorded chunk will get: a mark for {@link #since(long)}. */
    public synchronized long nextSequence() {
        return nextSequence;
    }

    /** Every chunk still kept. */
    public synchronized List<TranscriptEntry> snapshot() {
        return List.copyOf(entries);
    }

    /** The chunks still kept whose sequence is at least {@code sequence}. */
    public synchronized List<TranscriptEntry> since(long sequence) {
        if (entries.isEmpty() || entries.peekLast().sequence() < sequence) {
            return List.of();
        }
        List<TranscriptEntry> out = new ArrayList<>();
        var it = entries.descendingIterator();
        while (it.hasNext()) {
            TranscriptEntry e = it.next();
            if (e.sequence() < sequence) {
                break;
            }
            out.add(e);
        }
        java.util.Collections.reverse(out);
        return List.copyOf(out);
    }

    /** Bytes no longer kept: evicted by the limit, or cut from a chunk larger than it. */
    public synchronized long droppedBytes() {
        return droppedBytes;
    }

    public synchronized long droppedEntries() {
        return droppedEntries;
    }

    /** The kept traffic as {@code C:} / {@code S:} lines; see {@link TranscriptRenderer}. */
    public String render() {
        List<TranscriptEntry> kept;
        long droppedChunks;
        long dropped;
        synchronized (this) {
            kept = List.copyOf(entries);
            droppedChunks = droppedEntries;
            dropped = droppedBytes;
        }
        String head = droppedChunks == 0 ? ""
                : "# " + droppedChunks + " earlier chunks not kept (" + dropped + " bytes in all)\n";
        return head + TranscriptRenderer.render(kept);
    }
}

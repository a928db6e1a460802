package org.imapharness.core.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TranscriptTest {

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void keepsChunksInOrderWithDirectionsAndSequences() {
        Transcript t = new Transcript(1024);
        assertEquals(0, t.record(Direction.CLIENT, ascii("a1 NOOP\r\n")));
        assertEquals(1, t.record(Direction.SERVER, ascii("a1 OK\r\n")));
        List<TranscriptEntry> all = t.snapshot();
        assertEquals(2, all.size());
        assertEquals(Direction.CLIENT, all.get(0).direction());
        assertEquals("a1 OK\r\n", all.get(1).bytes().asLatin1());
        assertTrue(all.get(0).nanoTime() <= all.get(1).nanoTime());
        assertEquals(2, t.nextSequence());
    }

    @Test
    void recordCopiesTheCallersBytes() {
        Transcript t = new Transcript(1024);
        byte[] b = ascii("abc");
        t.record(Direction.CLIENT, b, 1, 2);
        b[1] = 'X';
        assertEquals("bc", t.snapshot().get(0).bytes().asLatin1());
    }

    @Test
    void oldestChunksAreDroppedPastTheLimit() {
        Transcript t = new Transcript(10);
        t.record(Direction.CLIENT, ascii("12345"));
        t.record(Direction.SERVER, ascii("67890"));
        t.record(Direction.CLIENT, ascii("abc"));
        List<TranscriptEntry> kept = t.snapshot();
        assertEquals(List.of(1L, 2L), kept.stream().map(TranscriptEntry::sequence).toList());
        assertEquals(5, t.droppedBytes());
        assertEquals(1, t.droppedEntries());
        assertTrue(t.render().startsWith("# 1 earlier chunks not kept (5 bytes in all)\n"), t.render());
    }

    @Test
    void aChunkLargerThanTheLimitIsCutNotDropped() {
        Transcript t = new Transcript(4);
        t.record(Direction.SERVER, ascii("* 1 EXISTS\r\n"));
        TranscriptEntry e = t.snapshot().get(0);
        assertTrue(e.truncated());
        assertEquals("* 1 ", e.bytes().asLatin1());
        assertEquals(12, e.originalLength());
        assertEquals(8, t.droppedBytes());
    }

    @Test
    void sinceReturnsTheTailFromAMark() {
        Transcript t = new Transcript(1024);
        t.record(Direction.CLIENT, ascii("x"));
        long mark = t.nextSequence();
        t.record(Direction.CLIENT, ascii("y"));
        t.record(Direction.SERVER, ascii("z"));
        assertEquals(List.of("y", "z"), t.since(mark).stream().map(e -> e.bytes().asLatin1()).toList());
        assertEquals(List.of(), t.since(t.nextSequence()));
    }

    @Test
    void disabledTranscriptKeepsNothingButCounts() {
        Transcript t = Transcript.disabled();
        assertFalse(t.enabled());
        t.record(Direction.CLIENT, ascii("secret"));
        assertEquals(List.of(), t.snapshot());
        assertEquals(6, t.droppedBytes());
        assertEquals(1, t.nextSequence());
    }

    @Test
    void negativeLimitIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Transcript(-1));
    }
}

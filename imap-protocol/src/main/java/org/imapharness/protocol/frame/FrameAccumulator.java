package org.imapharness.protocol.frame;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.Consumer;
import org.imapharness.protocol.frame.FrameError.Kind;

/**
 * Splits a byte stream into IMAP frames: a frame is a line, and a line ending in a literal
 * announcement continues with the literal's bytes and more line. Input may arrive in any pieces.
 * A state machine in the style of Netty's {@code RedisDecoder}: one small method per state.
 * Error handling, resynchronisation and the bare-LF quirk are described in {@code package-info}.
 * Not thread-safe: one instance per connection and direction.
 */
public final class FrameAccumulator {

    /**
     * Which side's traffic is decoded. CLIENT: server responses, whose literal data always follows
     * at once. SERVER: client commands, where a synchronizing literal waits for {@code +} (§7.5).
     */
    public enum Mode { CLIENT, SERVER }

    private enum State { LINE, LITERAL, DISCARD_LINE, DISCARD_LITERAL }

    private static final byte CR = '\r', LF = '\n';

    private final FrameLimits limits;
    private final Mode mode;
    private final FrameBuffer frame = new FrameBuffer();
    private final LineTail tail = new LineTail();

    private State state = State.LINE;
    private long consumed;
    private long frameStart;
    private int segmentStart;
    private long remaining;
    private long bareLineFeeds;
    /** Some literal data of the frame in progress is NUL (see {@link Frame#nulFreeLiterals()}). */
    private boolean literalNul;

    public FrameAccumulator(FrameLimits limits, Mode mode) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.mode = Objects.requireNonNull(mode, "mode");
    }

    /** Consumes all of {@code b[off..off+len)}, passing every event it completes to {@code out}. */
    public void feed(byte[] b, int off, int len, Consumer<? super FrameEvent> out) {
        Objects.checkFromIndexSize(off, len, b.length);
        int end = off + len;
        int i = off;
        while (i < end) {
            int next = switch (state) {
                case LINE -> line(b, i, end, out);
                case LITERAL -> literal(b, i, end);
                case DISCARD_LINE -> discardLine(b, i, end);
                case DISCARD_LITERAL -> discardLiteral(i, end);
            };
            consumed += next - i;
            i = next;
        }
    }

    /** Lines that ended with LF alone: a named, counted quirk (see {@code package-info}). */
    public long bareLineFeeds() {
        return bareLineFeeds;
    }

    /** Bytes consumed since construction: the stream offset of the next byte fed. */
    public long offset() {
        return consumed;
    }

    /** True between frames, i.e. nothing is buffered or being discarded. */
    public boolean isBetweenFrames() {
        return state == State.LINE && frame.length() == 0;
    }

    /** Capacity of the internal buffer, for tests proving memory stays bounded by the limits. */
    public int retainedBytes() {
        return frame.capacity() + tail.capacity();
    }

    private int line(byte[] b, int i, int end, Consumer<? super FrameEvent> out) {
        if (frame.length() == 0) {
            frameStart = consumed;
        }
        int lf = indexOfLf(b, i, end);
        int stop = lf < 0 ? end : lf + 1;
        long lineCap = (long) segmentStart + limits.maxLineLength();
        long cap = Math.min(lineCap, limits.maxFrameSize());
        if (frame.length() + (long) (stop - i) > cap) {
            // Only bytes within the limit go in raw, so the error is the same however input is split.
            byte[] raw = frame.preview(FrameError.RAW_LIMIT, b, i, (int) (cap - frame.length()));
            out.accept(lineCap <= limits.maxFrameSize()
                    ? FrameErrors.lineTooLong(limits, raw, frameStart + cap)
                    : FrameErrors.frameTooBig(limits, raw, frameStart + cap));
            tail.clear();
            tail.remember(frame.array(), segmentStart, frame.length());
            startFrame(State.DISCARD_LINE);
            return i;
        }
        if (lf >= 0 && frame.length() == 0) {
            int after = wholeFrame(b, i, lf, end, out);
            if (after >= 0) {
                return after;
            }
        }
        frame.append(b, i, stop - i);
        if (lf >= 0) {
            endOfLine(out);
        }
        return stop;
    }

    /**
     * A frame that lies wholly in this read, the common case, is copied once, straight from the
     * input, its literals included. Returns the index after it, or -1 when it goes on beyond this
     * read, waits for a continuation, or breaks a limit: the buffered path then takes the frame
     * from its first byte, errors included, so the result is the same however input is split.
     */
    private int wholeFrame(byte[] b, int start, int lf, int end, Consumer<? super FrameEvent> out) {
        int segment = start;
        int lineEnd = lf;
        int bare = 0;
        boolean nul = false;
        while (true) {
            boolean cr = lineEnd > segment && b[lineEnd - 1] == CR;
            bare += cr ? 0 : 1;
            Announcement literal = Announcement.find(b, segment, cr ? lineEnd - 1 : lineEnd);
            if (literal == null) {
                bareLineFeeds += bare;
                out.accept(new Frame(Arrays.copyOfRange(b, start, lineEnd + 1), !nul));
                return lineEnd + 1;
            }
            int data = lineEnd + 1;
            if (mode == Mode.SERVER && !literal.nonSync() || !literal.isNumber()
                    || literal.size() > limits.maxLiteralSize() || literal.size() > end - data) {
                return -1;
            }
            int dataEnd = data + (int) literal.size();
            nul = nul || ByteSearch.indexOfNul(b, data, dataEnd) >= 0;
            int next = indexOfLf(b, dataEnd, end);
            if (next < 0 || next + 1 - dataEnd > limits.maxLineLength() || next + 1L - start > limits.maxFrameSize()) {
                return -1;
            }
            segment = dataEnd;
            lineEnd = next;
        }
    }

    /** A line of the frame is complete: either the frame is, or a literal follows. */
    private void endOfLine(Consumer<? super FrameEvent> out) {
        byte[] line = frame.array();
        int lf = frame.length() - 1;
        boolean cr = lf > segmentStart && line[lf - 1] == CR;
        countLineEnd(cr);
        Announcement literal = Announcement.find(line, segmentStart, cr ? lf - 1 : lf);
        if (literal == null) {
            out.accept(new Frame(frame.take(), !literalNul));
            startFrame(State.LINE);
            return;
        }
        boolean dataFollows = mode == Mode.CLIENT || literal.nonSync();
        FrameError refused = FrameErrors.refuseLiteral(literal, frame, limits, frameStart + literal.start());
        if (refused != null) {
            out.accept(refused);
            // A size that is no number gives no count to skip; see package-info.
            boolean skipData = dataFollows && refused.kind() != Kind.BAD_LITERAL_SIZE;
            remaining = literal.size();
            tail.clear();
            startFrame(skipData ? State.DISCARD_LITERAL : State.LINE);
            return;
        }
        if (!dataFollows) {
            out.accept(new LiteralAnnounced(literal.size(), true, frame.copy()));
        }
        remaining = literal.size();
        state = remaining == 0 ? State.LINE : State.LITERAL;
        segmentStart = frame.length();
        // The shortest usual rest of the line: ")" CRLF closing a FETCH, CRLF ending a command.
        frame.expect(frame.length() + remaining + (mode == Mode.CLIENT ? 3 : 2));
    }

    private int literal(byte[] b, int i, int end) {
        int n = (int) Math.min(remaining, end - i);
        frame.append(b, i, n);
        // Checked here, where every byte passes once anyway, so the parser need not scan again.
        literalNul = literalNul || ByteSearch.indexOfNul(b, i, i + n) >= 0;
        remaining -= n;
        if (remaining == 0) {
            state = State.LINE;
            segmentStart = frame.length();
        }
        return i + n;
    }

    /**
     * Skips to the end of a line that is being thrown away. If that line announced a literal
     * whose data will follow, the data is skipped too, so it is never mistaken for commands.
     */
    private int discardLine(byte[] b, int i, int end) {
        int lf = indexOfLf(b, i, end);
        int stop = lf < 0 ? end : lf;
        tail.remember(b, i, stop);
        if (lf < 0) {
            return end;
        }
        countLineEnd(tail.endsWithCr());
        Announcement literal = tail.announcement();
        tail.clear();
        if (literal != null && literal.isNumber() && literal.size() > 0
                && (mode == Mode.CLIENT || literal.nonSync())) {
            remaining = literal.size();
            state = State.DISCARD_LITERAL;
        } else {
            state = State.LINE;
        }
        return lf + 1;
    }

    private int discardLiteral(int i, int end) {
        int n = (int) Math.min(remaining, end - i);
        remaining -= n;
        if (remaining == 0) {
            state = State.DISCARD_LINE;
        }
        return i + n;
    }

    private void countLineEnd(boolean withCr) {
        bareLineFeeds += withCr ? 0 : 1;
    }

    private void startFrame(State next) {
        frame.reset();
        literalNul = false;
        segmentStart = 0;
        state = next;
    }

    private static int indexOfLf(byte[] b, int from, int to) {
        return ByteSearch.indexOf(b, from, to, LF);
    }
}

package org.imapharness.protocol.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.imapharness.protocol.frame.Frame;
import org.imapharness.protocol.frame.FrameAccumulator;
import org.imapharness.protocol.frame.FrameEvent;
import org.imapharness.protocol.frame.FrameLimits;
import org.imapharness.protocol.model.Printable;
import org.imapharness.protocol.response.MalformedResponse;
import org.imapharness.protocol.response.Response;

/**
 * Test support: wire text to bytes, the table-file notation, and parsing through the real frame
 * decoder fed whole, split in two at every byte, and byte by byte (DESIGN §10).
 */
final class ResponseWire {
    private ResponseWire() {
    }

    /** UTF-8 bytes of a Java string written with real CR/LF. */
    static byte[] bytes(String wire) {
        return wire.getBytes(StandardCharsets.UTF_8);
    }

    /** A literal of the UTF-8 bytes of {@code s}: {@code {n}CRLF s}. */
    static String lit(String s) {
        return "{" + s.getBytes(StandardCharsets.UTF_8).length + "}\r\n" + s;
    }

    /**
     * Table-file notation: the line is UTF-8; {@code <CRLF>} is CR LF, {@code <LF>} LF,
     * {@code <xHH>} one raw byte; a CRLF is appended unless the line ends in {@code <EOF>}.
     */
    static byte[] fromTable(String line) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        boolean eof = line.endsWith("<EOF>");
        String s = eof ? line.substring(0, line.length() - 5) : line;
        int i = 0;
        while (i < s.length()) {
            if (s.startsWith("<CRLF>", i)) {
                out.write('\r');
                out.write('\n');
                i += 6;
            } else if (s.startsWith("<LF>", i)) {
                out.write('\n');
                i += 4;
            } else if (s.startsWith("<x", i) && i + 5 <= s.length() && s.charAt(i + 4) == '>'
                    && isHex(s.charAt(i + 2)) && isHex(s.charAt(i + 3))) {
                out.write(Integer.parseInt(s.substring(i + 2, i + 4), 16));
                i += 5;
            } else {
                int cp = s.codePointAt(i);
                out.writeBytes(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(cp);
            }
        }
        if (!eof) {
            out.write('\r');
            out.write('\n');
        }
        return out.toByteArray();
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }

    /** Non-blank, non-comment lines of a resource under {@code /responses/}. */
    static List<String> tableLines(String resource) {
        try (InputStream in = ResponseWire.class.getResourceAsStream("/responses/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            List<String> lines = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1)) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line);
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The frame decoder's events for {@code input}, asserted equal whether it is fed whole,
     * split in two at every byte, or byte by byte.
     */
    static List<FrameEvent> frames(byte[] input) {
        List<FrameEvent> whole = feed(input, input.length);
        for (int cut = 1; cut < input.length; cut++) {
            int at = cut;
            assertEquals(whole, feed(input, at), () -> "split at " + at + ": " + Printable.escape(input));
        }
        assertEquals(whole, feed(input, 1), () -> "byte by byte: " + Printable.escape(input));
        return whole;
    }

    private static List<FrameEvent> feed(byte[] input, int firstChunk) {
        FrameAccumulator acc = new FrameAccumulator(FrameLimits.DEFAULTS, FrameAccumulator.Mode.CLIENT);
        List<FrameEvent> events = new ArrayList<>();
        int off = 0;
        while (off < input.length) {
            int n = off == 0 || firstChunk == 1 ? Math.min(firstChunk, input.length - off) : input.length - off;
            acc.feed(input, off, n, events::add);
            off += n;
        }
        return events;
    }

    /** Frames {@code input} all ways, asserts it is exactly one frame, and parses that frame. */
    static Response parseFramed(ResponseParser parser, byte[] input) {
        List<FrameEvent> events = frames(input);
        assertEquals(1, events.size(), () -> "one frame expected from " + Printable.escape(input) + ": " + events);
        Frame frame = assertInstanceOf(Frame.class, events.get(0));
        assertArrayEquals(input, frame.bytes(), "the frame is the whole input");
        Response r = parser.parse(frame.bytes());
        // The zero-copy path (views of the frame, NUL check left to the decoder) must agree;
        // a twin parser keeps the caller's quirk counts to one parse.
        ResponseParser twin = new ResponseParser(parser.allowedQuirks());
        assertEquals(r, twin.parse(frame), () -> "parse(Frame) differs for " + Printable.escape(input));
        return r;
    }

    /** Parses through the frame decoder and asserts success. */
    static Response parseValid(ResponseParser parser, byte[] input) {
        Response r = parseFramed(parser, input);
        assertFalse(r instanceof MalformedResponse, () -> "unexpected " + r + " for " + Printable.escape(input));
        return r;
    }

    static Response parseValid(ResponseParser parser, String wire) {
        return parseValid(parser, bytes(wire));
    }
}

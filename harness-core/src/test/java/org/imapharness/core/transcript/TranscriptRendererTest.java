package org.imapharness.core.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TranscriptRendererTest {

    private static Transcript of(Object... directionAndText) {
        Transcript t = new Transcript(1 << 16);
        for (int i = 0; i < directionAndText.length; i += 2) {
            t.record((Direction) directionAndText[i],
                    ((String) directionAndText[i + 1]).getBytes(StandardCharsets.ISO_8859_1));
        }
        return t;
    }

    @Test
    void linesSplitAcrossChunksAreJoined() {
        Transcript t = of(Direction.CLIENT, "a1 NO", Direction.CLIENT, "OP\r\n",
                Direction.SERVER, "* 1 EXISTS\r\na1 O", Direction.SERVER, "K done\r\n");
        assertEquals("C: a1 NOOP\nS: * 1 EXISTS\nS: a1 OK done\n", t.render());
    }

    @Test
    void controlBytesAreEscapedButFlagsStayReadable() {
        Transcript t = of(Direction.SERVER, "* FLAGS (\\Seen)\r\n", Direction.SERVER, "x\0y\ttab\u00e9\r\n");
        assertEquals("S: * FLAGS (\\Seen)\nS: x\\x00y\\ttab\\xE9\n", t.render());
    }

    @Test
    void bareLineFeedAndLoneCarriageReturnAreVisible() {
        Transcript t = of(Direction.SERVER, "* OK bare\n* OK cr\ronly\r\n");
        assertEquals("S: * OK bare\\n\nS: * OK cr\\ronly\n", t.render());
    }

    @Test
    void directionChangeMidLineIsMarked() {
        Transcript t = of(Direction.CLIENT, "a1 APPEND INBOX {5}\r\n", Direction.SERVER, "+ go\r\n",
                Direction.CLIENT, "hello", Direction.SERVER, "a1 OK\r\n");
        assertEquals("C: a1 APPEND INBOX {5}\nS: + go\nC: hello [no line end]\nS: a1 OK\n", t.render());
    }

    @Test
    void longLinesAreCut() {
        Transcript t = of(Direction.SERVER, "* OK " + "x".repeat(20) + "\r\n");
        assertEquals("S: * OK xxxxx...[15 more bytes]\n", TranscriptRenderer.render(t.snapshot(), 10));
    }

    @Test
    void truncatedChunkSaysHowMuchIsMissing() {
        Transcript t = new Transcript(6);
        t.record(Direction.SERVER, "* 1 FETCH (BODY[] {100}\r\n".getBytes(StandardCharsets.US_ASCII));
        assertEquals("S: * 1 FE [19 more bytes not kept] [no line end]\n", t.render());
    }
}

package org.imapharness.bench;

import org.imapharness.protocol.codec.ResponseParser;
import org.imapharness.protocol.frame.Frame;
import org.imapharness.protocol.frame.FrameAccumulator;
import org.imapharness.protocol.frame.FrameLimits;
import org.imapharness.protocol.response.Response;
import org.imapharness.protocol.response.UntaggedResponse;

/**
 * Our codec on the same job as {@link AngusParsing}: frame the stream into responses, then
 * parse each one into the model. Feeding in 16 KiB chunks mimics socket reads.
 */
final class HarnessParsing {
    private static final int CHUNK = 16 * 1024;

    private HarnessParsing() {
    }

    static int parseAll(byte[] stream, ResponseParser parser) {
        FrameAccumulator framer = new FrameAccumulator(FrameLimits.DEFAULTS, FrameAccumulator.Mode.CLIENT);
        int[] items = {0};
        for (int off = 0; off < stream.length; off += CHUNK) {
            framer.feed(stream, off, Math.min(CHUNK, stream.length - off), event -> {
                if (!(event instanceof Frame frame)) {
                    throw new IllegalStateException("framing error: " + event);
                }
                Response r = parser.parse(frame);
                if (r instanceof UntaggedResponse.Fetch f) {
                    items[0] += f.attributes().size();
                } else {
                    throw new IllegalStateException("not a FETCH response: " + r);
                }
            });
        }
        return items[0];
    }
}

package org.imapharness.core.client;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.imapharness.protocol.response.ContinuationRequest;
import org.imapharness.protocol.response.StatusCondition;
import org.imapharness.protocol.response.TaggedResponse;

/**
 * Reads the little that routing needs out of a response the parser rejected: a known tag and its
 * OK/NO/BAD, or a leading {@code +}. Without this, one grammar slip in a completion line (a bad
 * response code, say) would leave its command waiting until the timeout; with it, the command
 * completes on its tagged line and the problem is reported alongside.
 */
final class CompletionSalvage {

    private CompletionSalvage() {
    }

    /** A completion for one of {@code inFlight}'s tags, or null. Any response code is dropped. */
    static TaggedResponse tagged(byte[] raw, Map<String, ?> inFlight) {
        String line = firstLine(raw);
        int sp = line.indexOf(' ');
        if (sp <= 0 || !inFlight.containsKey(line.substring(0, sp))) {
            return null;
        }
        int end = line.indexOf(' ', sp + 1);
        String word = (end < 0 ? line.substring(sp + 1) : line.substring(sp + 1, end)).toUpperCase(Locale.ROOT);
        StatusCondition status = switch (word) {
            case "OK" -> StatusCondition.OK;
            case "NO" -> StatusCondition.NO;
            case "BAD" -> StatusCondition.BAD;
            default -> null;
        };
        if (status == null) {
            return null;
        }
        String text = end < 0 ? "" : line.substring(end + 1);
        return new TaggedResponse(line.substring(0, sp), status, null, text);
    }

    /** A continuation request if the bytes start with {@code +}, else null. */
    static ContinuationRequest continuation(byte[] raw) {
        if (raw.length == 0 || raw[0] != '+') {
            return null;
        }
        return new ContinuationRequest(null, firstLine(raw).substring(1).strip());
    }

    /** The first line without its line end, one char per byte. */
    private static String firstLine(byte[] raw) {
        int end = 0;
        while (end < raw.length && raw[end] != '\r' && raw[end] != '\n') {
            end++;
        }
        return new String(raw, 0, end, StandardCharsets.ISO_8859_1);
    }
}

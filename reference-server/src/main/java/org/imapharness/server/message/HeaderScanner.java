package org.imapharness.server.message;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a header into fields by byte offsets. Accepts CRLF and bare LF line ends; the header
 * ends at the first empty line, or at the end of the part when there is none. Never fails: any
 * bytes form some header (RFC 5322 §2.2 syntax errors degrade to odd field names).
 */
final class HeaderScanner {
    private HeaderScanner() {
    }

    static HeaderBlock scan(byte[] bytes, int start, int end) {
        List<HeaderField> fields = new ArrayList<>();
        int fieldStart = -1;
        int colon = -1;
        int pos = start;
        while (pos < end) {
            int lf = Bytes.indexOf(bytes, (byte) '\n', pos, end);
            int next = lf < 0 ? end : lf + 1;
            int contentEnd = lf < 0 ? end : lf;
            if (contentEnd > pos && bytes[contentEnd - 1] == '\r') {
                contentEnd--;
            }
            if (contentEnd == pos) {
                // The empty line: it belongs to the header (RFC 3501 §6.4.5 HEADER includes it).
                close(bytes, fields, fieldStart, colon, pos);
                return new HeaderBlock(bytes, start, next, fields);
            }
            boolean continuation = fieldStart >= 0 && (bytes[pos] == ' ' || bytes[pos] == '\t');
            if (!continuation) {
                close(bytes, fields, fieldStart, colon, pos);
                fieldStart = pos;
                colon = Bytes.indexOf(bytes, (byte) ':', pos, contentEnd);
            }
            pos = next;
        }
        close(bytes, fields, fieldStart, colon, end);
        return new HeaderBlock(bytes, start, end, fields);
    }

    private static void close(byte[] bytes, List<HeaderField> fields, int fieldStart, int colon, int end) {
        if (fieldStart < 0) {
            return;
        }
        if (colon < 0) {
            String line = HeaderText.unfold(HeaderText.decodeBytes(bytes, fieldStart, end));
            fields.add(new HeaderField(line, fieldStart, end, end));
            return;
        }
        String name = HeaderText.trimWsp(HeaderText.decodeBytes(bytes, fieldStart, colon));
        fields.add(new HeaderField(name, fieldStart, colon + 1, end));
    }
}

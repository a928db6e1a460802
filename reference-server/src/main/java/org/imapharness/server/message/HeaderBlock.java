package org.imapharness.server.message;

import java.util.ArrayList;
import java.util.List;

/**
 * The header of a message or MIME part: its fields in order, as offsets into the message bytes.
 * {@code [start, bodyStart)} is the header including the empty line that ends it (when there is
 * one: a message without an empty line is all header and {@code bodyStart == end}).
 */
public final class HeaderBlock {
    private final byte[] bytes;
    private final int start;
    private final int bodyStart;
    private final List<HeaderField> fields;

    HeaderBlock(byte[] bytes, int start, int bodyStart, List<HeaderField> fields) {
        this.bytes = bytes;
        this.start = start;
        this.bodyStart = bodyStart;
        this.fields = List.copyOf(fields);
    }

    public int start() {
        return start;
    }

    public int bodyStart() {
        return bodyStart;
    }

    public List<HeaderField> fields() {
        return fields;
    }

    /** The unfolded value of the first field with this name (case-insensitive), or {@code null}. */
    public String value(String name) {
        for (HeaderField f : fields) {
            if (f.hasName(name)) {
                return unfoldedValue(f);
            }
        }
        return null;
    }

    /** The unfolded values of every field with this name, in order. */
    public List<String> values(String name) {
        List<String> out = new ArrayList<>();
        for (HeaderField f : fields) {
            if (f.hasName(name)) {
                out.add(unfoldedValue(f));
            }
        }
        return out;
    }

    public boolean contains(String name) {
        return fields.stream().anyMatch(f -> f.hasName(name));
    }

    public String unfoldedValue(HeaderField field) {
        return HeaderText.unfold(HeaderText.decodeBytes(bytes, field.valueStart(), field.end()));
    }
}

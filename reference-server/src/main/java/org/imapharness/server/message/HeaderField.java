package org.imapharness.server.message;

import java.util.Locale;

/**
 * One header field as byte offsets into the message: {@code [start, end)} is the whole field
 * including its folded continuation lines and final line break, {@code valueStart} the byte after
 * the colon. A line without a colon is kept as a field whose value is empty, so that HEADER still
 * returns it verbatim; its {@code name} is then the whole line.
 */
public record HeaderField(String name, int start, int valueStart, int end) {

    public boolean hasName(String other) {
        return name.equalsIgnoreCase(other);
    }

    public String lowerCaseName() {
        return name.toLowerCase(Locale.ROOT);
    }
}

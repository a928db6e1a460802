package org.imapharness.core.scenario;

import java.util.List;
import java.util.Objects;
import org.imapharness.core.transcript.TranscriptEntry;

/**
 * Everything one connection of a run sent and received, passwords masked.
 *
 * @param label    {@code 1}, {@code 2}, ... for the scenario's connections; {@code setup} and
 *                 {@code cleanup} for the interpreter's own
 * @param entries  the chunks as recorded
 * @param rendered the same as {@code C:} / {@code S:} lines
 */
public record ConnectionTranscript(String label, List<TranscriptEntry> entries, String rendered) {
    public ConnectionTranscript {
        Objects.requireNonNull(label, "label");
        entries = List.copyOf(entries);
        Objects.requireNonNull(rendered, "rendered");
    }
}

package org.imapharness.core.reference;

import java.util.List;
import org.imapharness.core.client.CommandResult;
import org.imapharness.core.transcript.Direction;
import org.imapharness.core.transcript.TranscriptEntry;

/** What one side put on the wire during a command, as text, for checks on the framing itself. */
final class Wire {
    private Wire() {
    }

    static String sentBy(Direction side, CommandResult result) {
        return sentBy(side, result.transcript());
    }

    static String sentBy(Direction side, List<TranscriptEntry> entries) {
        StringBuilder out = new StringBuilder();
        for (TranscriptEntry e : entries) {
            if (e.direction() == side) {
                out.append(e.bytes().asLatin1());
            }
        }
        return out.toString();
    }

    /** True when a server line in the command's traffic is a continuation request ({@code + ...}). */
    static boolean serverSentContinuation(CommandResult result) {
        return sentBy(Direction.SERVER, result).lines().anyMatch(l -> l.startsWith("+"));
    }
}

package org.imapharness.core.fuzz;

import java.util.List;
import org.imapharness.protocol.response.Response;
import org.imapharness.protocol.response.TaggedResponse;

/**
 * How the server answered one command: its completion (null when there was none), the untagged
 * responses before it, every raw frame, whether a BYE came, whether the connection ended, and
 * the rules broken on the way.
 */
public record Answer(TaggedResponse completion, List<Response> untagged, List<byte[]> raw, boolean bye,
                     boolean closed, List<Finding> findings) {

    public Answer {
        untagged = List.copyOf(untagged);
        raw = List.copyOf(raw);
        findings = List.copyOf(findings);
    }

    /** Whether the connection can take the next command. */
    public boolean usable() {
        return !bye && !closed && completion != null;
    }
}

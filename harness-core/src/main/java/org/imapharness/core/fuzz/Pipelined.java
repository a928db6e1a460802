package org.imapharness.core.fuzz;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.imapharness.protocol.response.Response;
import org.imapharness.protocol.response.TaggedResponse;

/**
 * Reads the answers to commands written in one go (RFC 3501 §5.5). Untagged responses belong to
 * the next completion that arrives; completions may come in any order (the server may run
 * commands concurrently), so each is matched by its tag.
 */
final class Pipelined {
    private Pipelined() {
    }

    static List<Answer> read(FuzzWire wire, byte[] all, List<WireCommand> commands, Duration timeout) {
        wire.send(all);
        Map<String, Answer> byTag = new HashMap<>();
        List<Response> untagged = new ArrayList<>();
        List<byte[]> raw = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (byTag.size() < commands.size()) {
            WireEvent e = wire.next(deadline);
            if (e == null || e instanceof WireEvent.Closed) {
                break;
            }
            deadline = System.nanoTime() + timeout.toNanos();
            if (e instanceof WireEvent.Received r) {
                raw.add(r.raw());
                if (r.response() instanceof TaggedResponse t) {
                    byTag.put(t.tag(), new Answer(t, untagged, raw, false, false, findings));
                    untagged.clear();
                    raw.clear();
                } else {
                    untagged.add(r.response());
                }
            }
        }
        List<Answer> answers = new ArrayList<>();
        for (WireCommand c : commands) {
            answers.add(byTag.getOrDefault(c.tag(), new Answer(null, List.of(), List.of(), false, true, List.of())));
        }
        return answers;
    }
}

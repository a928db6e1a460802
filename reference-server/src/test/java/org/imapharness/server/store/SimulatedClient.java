package org.imapharness.server.store;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.imapharness.protocol.model.Flags;
import org.imapharness.protocol.model.SequenceSet;
import org.imapharness.protocol.response.MessageAttribute;
import org.imapharness.protocol.response.UntaggedResponse;

/**
 * A client that knows only what its view's untagged responses told it: UIDs by sequence number
 * and flags by UID. It checks each response against what the client could know (RFC 3501 §7.4.1).
 */
final class SimulatedClient {
    final MailboxView view;
    final List<Long> uids = new ArrayList<>();
    final Map<Long, Set<String>> flags = new HashMap<>();

    SimulatedClient(MailboxView view) {
        this.view = view;
        learn(view.all());
    }

    void learn(List<MessageRef> refs) {
        for (MessageRef r : refs) {
            uids.add(r.uid());
            flags.put(r.uid(), Set.copyOf(r.message().flags().toList()));
        }
    }

    void apply(List<UntaggedResponse> responses) {
        for (UntaggedResponse r : responses) {
            if (r instanceof UntaggedResponse.Expunge e) {
                assertTrue(e.sequenceNumber() >= 1 && e.sequenceNumber() <= uids.size(), "EXPUNGE in range");
                flags.remove(uids.remove((int) e.sequenceNumber() - 1));
            } else if (r instanceof UntaggedResponse.Vanished v) {
                List<Long> gone = uids.stream().filter(u -> v.uids().contains(u, Long.MAX_VALUE)).toList();
                uids.removeAll(gone);
            } else if (r instanceof UntaggedResponse.Exists x) {
                assertTrue(x.count() >= uids.size(), "EXISTS never shrinks the view");
                if (x.count() > uids.size()) {
                    learn(view.bySequence(SequenceSet.range(uids.size() + 1, x.count())));
                }
            } else if (r instanceof UntaggedResponse.Fetch f) {
                assertTrue(f.sequenceNumber() <= uids.size(), "FETCH for a known message");
                List<String> fl = f.get(MessageAttribute.Flags.class).flags().stream()
                        .filter(x -> !x.equals(Flags.RECENT)).toList();
                flags.put(uids.get((int) f.sequenceNumber() - 1), Set.copyOf(fl));
            }
        }
    }
}

package org.imapharness.core.client;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.Consumer;
import org.imapharness.protocol.response.UntaggedResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Listeners for untagged responses and protocol problems, and the problem counters. Listeners
 * run on the connection's event loop, in arrival order, so they must not block; one that throws
 * is logged and the others still run.
 */
final class ConnectionListeners {
    private static final Logger LOG = LoggerFactory.getLogger(ConnectionListeners.class);

    private final List<Consumer<? super UntaggedResponse>> untagged = new CopyOnWriteArrayList<>();
    private final List<Consumer<? super ProtocolProblem>> problems = new CopyOnWriteArrayList<>();
    private final AtomicLongArray counts = new AtomicLongArray(ProtocolProblem.Kind.values().length);

    void addUntagged(Consumer<? super UntaggedResponse> listener) {
        untagged.add(listener);
    }

    void removeUntagged(Consumer<? super UntaggedResponse> listener) {
        untagged.remove(listener);
    }

    void addProblem(Consumer<? super ProtocolProblem> listener) {
        problems.add(listener);
    }

    void removeProblem(Consumer<? super ProtocolProblem> listener) {
        problems.remove(listener);
    }

    void untagged(UntaggedResponse response) {
        for (Consumer<? super UntaggedResponse> l : untagged) {
            try {
                l.accept(response);
            } catch (RuntimeException e) {
                LOG.warn("untagged-response listener {} failed on {}", l, response, e);
            }
        }
    }

    void problem(ProtocolProblem problem) {
        counts.incrementAndGet(problem.kind().ordinal());
        LOG.debug("protocol problem: {}", problem.describe());
        for (Consumer<? super ProtocolProblem> l : problems) {
            try {
                l.accept(problem);
            } catch (RuntimeException e) {
                LOG.warn("problem listener {} failed on {}", l, problem.describe(), e);
            }
        }
    }

    Map<ProtocolProblem.Kind, Long> counts() {
        Map<ProtocolProblem.Kind, Long> out = new EnumMap<>(ProtocolProblem.Kind.class);
        for (ProtocolProblem.Kind k : ProtocolProblem.Kind.values()) {
            long n = counts.get(k.ordinal());
            if (n > 0) {
                out.put(k, n);
            }
        }
        return out;
    }

    long total() {
        long n = 0;
        for (int i = 0; i < counts.length(); i++) {
            n += counts.get(i);
        }
        return n;
    }
}

package org.imapharness.core.scenario.run;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One connection of a run and what the interpreter knows about it: generated tags, the tag of
 * each command it sent, and responses read ahead but not yet consumed (completions of other
 * pipelined commands wait here for their own expectation line).
 */
final class Session implements AutoCloseable {
    final int number;
    final String label;
    final WireConnection wire;
    private final String tagPrefix;
    private final Deque<WireEvent> pushedBack = new ArrayDeque<>();
    private final Map<Integer, String> commandTags = new HashMap<>();
    private int tags;
    private String latestTag = "";
    private WireEvent.Closed closed;

    Session(int number, String label, WireConnection wire, String tagPrefix) {
        this.number = number;
        this.label = label;
        this.wire = wire;
        this.tagPrefix = tagPrefix;
    }

    String nextTag() {
        latestTag = String.format("%s%04d", tagPrefix, ++tags);
        return latestTag;
    }

    /** Records the tag scenario command {@code command} went out with. */
    void sent(int command, String tag) {
        commandTags.put(command, tag);
        latestTag = tag;
    }

    String tagOf(int command) {
        return commandTags.get(command);
    }

    boolean isCommandTag(String tag) {
        return commandTags.containsValue(tag);
    }

    String latestTag() {
        return latestTag;
    }

    /** The next event, read-ahead first; once closed, always the same Closed. */
    WireEvent next(long deadline) {
        if (!pushedBack.isEmpty()) {
            return pushedBack.pollFirst();
        }
        if (closed != null) {
            return closed;
        }
        WireEvent e = wire.next(deadline);
        if (e instanceof WireEvent.Closed c) {
            closed = c;
        }
        return e;
    }

    /** Puts events back, to be read again first and in this order. */
    void pushBack(List<? extends WireEvent> events) {
        for (int i = events.size() - 1; i >= 0; i--) {
            pushedBack.addFirst(events.get(i));
        }
    }

    boolean isClosed() {
        return closed != null;
    }

    @Override
    public void close() {
        wire.close();
    }
}

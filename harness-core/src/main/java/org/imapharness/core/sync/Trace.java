package org.imapharness.core.sync;

import java.util.ArrayList;
import java.util.List;

/**
 * What a run did, connection by connection, in the order it happened, written so that
 * {@link ScenarioWriter} can turn it into a scenario: each entry is a command sent (or a wait for
 * pushed responses) with the lines the replay expects. An entry expects the completion that was
 * observed; a check that fails adds the untagged lines the rule requires to the entry where it shows,
 * and may add captures to earlier entries that the expectation refers to.
 */
public final class Trace {

    /**
     * One line of the conversation.
     *
     * @param connection which connection: {@code d1}, {@code d1.2} (device 1, second connection), {@code auditor}
     * @param client     the client line (scenario form, variables already substituted), or null for a pure wait
     */
    public static final class Entry {
        final String connection;
        String client;
        final int step;
        final List<String> expect = new ArrayList<>();
        final List<String> prelude = new ArrayList<>();
        String completion;
        String comment;

        Entry(String connection, String client, int step) {
            this.connection = connection;
            this.client = client;
            this.step = step;
        }

        /** The completion seen ({@code S: OK}, {@code S: NO}, {@code S: +} ...), written after the expected lines. */
        public Entry completion(String line) {
            completion = line;
            return this;
        }

        /** Replaces the expected untagged lines (each {@code S: ...} or {@code S?: ...}). */
        public Entry expect(List<String> lines) {
            expect.clear();
            expect.addAll(lines);
            return this;
        }

        /** Lines to write before this entry's command on the same connection (a capturing read). */
        public Entry prelude(List<String> lines) {
            prelude.clear();
            prelude.addAll(lines);
            return this;
        }

        public List<String> expected() {
            return List.copyOf(expect);
        }

        /** Replaces the client line (to put captured variables in place of the run's values). */
        public Entry rewrite(String line) {
            client = line;
            return this;
        }

        public String connection() {
            return connection;
        }

        public String client() {
            return client;
        }
    }

    private final List<Entry> entries = new ArrayList<>();
    private int failing = -1;
    private int variables;

    /** Records a command sent on {@code connection}; its expected lines are set by the caller. */
    public synchronized Entry send(String connection, String client, int step) {
        Entry e = new Entry(connection, client, step);
        entries.add(e);
        return e;
    }

    /** Records a wait for responses the server pushes on {@code connection} (during IDLE). */
    public synchronized Entry await(String connection, List<String> lines, int step) {
        Entry e = new Entry(connection, null, step);
        e.expect(lines);
        entries.add(e);
        return e;
    }

    /** Marks the entry where the first failure shows; the replay ends after it. */
    public synchronized void fail(Entry entry, String comment) {
        if (failing < 0) {
            entry.comment = comment;
            failing = entries.indexOf(entry);
        }
    }

    /** Moves the failure mark (and its comment) to a later entry that states it better. */
    public synchronized void refail(Entry entry) {
        if (failing >= 0) {
            entry.comment = entries.get(failing).comment;
            entries.get(failing).comment = null;
            failing = entries.indexOf(entry);
        }
    }

    /** A fresh variable name for a capture, e.g. {@code uid3}. */
    public synchronized String variable(String stem) {
        return stem + (++variables);
    }

    public synchronized List<Entry> entries() {
        return List.copyOf(entries);
    }

    /** Index of the failing entry, or -1. */
    public synchronized int failing() {
        return failing;
    }
}

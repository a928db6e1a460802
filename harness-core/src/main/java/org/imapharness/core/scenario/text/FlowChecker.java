package org.imapharness.core.scenario.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.imapharness.core.scenario.Tagging;

/**
 * Follows each connection through the body while it is parsed, so that mistakes in the flow
 * are syntax errors rather than confusing run-time failures: every completion belongs to exactly
 * one command in flight, every command gets a completion, nothing is sent on a closed
 * connection, and {@code nothing else} is followed by the sync point it extends to. It also
 * knows which C: lines continue a command rather than start one: the line after {@code S: +},
 * and the lines carrying the data of a literal written with its size, counted in bytes as in
 * RFC 3501's examples (each line's CRLF is part of the data).
 */
final class FlowChecker {
    private final Tagging tagging;
    private final Map<Integer, Flow> flows = new HashMap<>();
    private int commands;

    private record Open(int command, String tag, Cursor at) {
    }

    private static final class Flow {
        final List<Open> open = new ArrayList<>();
        /** The command whose {@code +} the next C: line answers, or -1. */
        int continuationFor = -1;
        /** Bytes of explicit literal data still to come (0: the command's text goes on), or -1. */
        long dataLeft = -1;
        int dataFor = -1;
        Cursor closedAt;
        Cursor nothingElseAt;
    }

    FlowChecker(Tagging tagging) {
        this.tagging = tagging;
    }

    private Flow flow(int connection) {
        return flows.computeIfAbsent(connection, n -> new Flow());
    }

    /** Whether the next C: line of the connection continues the command in flight (no tag). */
    boolean continuationPending(int connection) {
        Flow f = flow(connection);
        return f.continuationFor >= 0 || f.dataLeft >= 0;
    }

    /** Bytes of an explicit literal's data the next C: line carries (0: none, only command text), or -1. */
    long dataLeft(int connection) {
        return flow(connection).dataLeft;
    }

    /**
     * A line of an explicit literal's command was read; {@code left} bytes of data follow (0: the
     * command's text goes on; -1: the command is whole).
     */
    void continueData(int connection, long left) {
        Flow f = flow(connection);
        f.dataLeft = left;
        f.continuationFor = -1;
        if (left < 0) {
            f.dataFor = -1;
        }
    }

    /**
     * A C: line that is not explicit literal data (see {@link #continueData}); returns its command
     * number, or -1 when it answers a {@code +}. {@code literalSize} is the explicit literal that
     * ends the line, or -1.
     */
    int send(Cursor c, int connection, String tag, long literalSize) {
        Flow f = flow(connection);
        requireOpen(c, f, connection);
        if (f.nothingElseAt != null) {
            throw pendingNothingElse(f, "C: on line " + c.line);
        }
        if (f.continuationFor >= 0) {
            if (literalSize >= 0) {
                f.dataLeft = literalSize;
                f.dataFor = f.continuationFor;
            }
            f.continuationFor = -1;
            return -1;
        }
        if (tag != null) {
            for (Open o : f.open) {
                if (o.tag().equals(tag)) {
                    throw c.errorAt(c.pos, "a tag not in flight on connection " + connection,
                            "\"" + tag + "\", in flight since line " + o.at().line);
                }
            }
        }
        int command = commands++;
        f.open.add(new Open(command, tag, new Cursor(c.file, c.line, c.text, 0)));
        if (literalSize >= 0) {
            f.dataLeft = literalSize;
            f.dataFor = command;
        }
        return command;
    }

    /** {@code S: OK} or {@code S: a1 OK}: the number of the command it completes. */
    int completion(Cursor c, int connection, String tag) {
        Flow f = flow(connection);
        requireOpen(c, f, connection);
        if (f.open.isEmpty()) {
            throw c.errorAt(c.pos, "a command in flight on connection " + connection + " to complete",
                    "none: every command sent has its completion already");
        }
        Open done = null;
        if (tagging == Tagging.EXPLICIT) {
            for (Open o : f.open) {
                if (o.tag().equals(tag)) {
                    done = o;
                }
            }
            if (done == null) {
                throw c.errorAt(c.pos, "a tag in flight on connection " + connection + " ("
                        + f.open.stream().map(Open::tag).collect(Collectors.joining(", ")) + ")", "\"" + tag + "\"");
            }
        } else if (f.open.size() > 1) {
            throw c.errorAt(c.pos, "one command in flight on connection " + connection
                    + " (to pipeline, write the tags: \"tagging: explicit\")", "commands from lines "
                    + f.open.stream().map(o -> String.valueOf(o.at().line)).collect(Collectors.joining(", ")));
        } else {
            done = f.open.get(0);
        }
        f.open.remove(done);
        if (f.continuationFor == done.command()) {
            f.continuationFor = -1;
        }
        if (f.dataFor == done.command()) {
            f.dataLeft = -1;
            f.dataFor = -1;
        }
        f.nothingElseAt = null;
        return done.command();
    }

    /** {@code S: +}: the command it continues (the latest in flight, which holds the line, §7.5). */
    int continuation(Cursor c, int connection) {
        Flow f = flow(connection);
        requireOpen(c, f, connection);
        if (f.open.isEmpty()) {
            throw c.errorAt(c.pos, "a command in flight on connection " + connection + " before \"+\"", "none");
        }
        int command = f.open.get(f.open.size() - 1).command();
        if (f.dataLeft < 0) {
            f.continuationFor = command;
        }
        f.nothingElseAt = null;
        return command;
    }

    /** Any other S: line. */
    void expect(Cursor c, int connection) {
        requireOpen(c, flow(connection), connection);
    }

    void nothingElse(Cursor c, int connection) {
        Flow f = flow(connection);
        requireOpen(c, f, connection);
        f.nothingElseAt = new Cursor(c.file, c.line, c.text, 0);
    }

    void closed(Cursor c, int connection) {
        Flow f = flow(connection);
        requireOpen(c, f, connection);
        f.open.clear();
        f.continuationFor = -1;
        f.dataLeft = -1;
        f.dataFor = -1;
        f.nothingElseAt = null;
        f.closedAt = new Cursor(c.file, c.line, c.text, 0);
    }

    /** At the end of the file: every command completed, every "nothing else" closed. */
    void finish() {
        for (Flow f : flows.values()) {
            if (f.nothingElseAt != null) {
                throw pendingNothingElse(f, "the end of the file");
            }
        }
        Open first = null;
        for (Flow f : flows.values()) {
            for (Open o : f.open) {
                if (first == null || o.command() < first.command()) {
                    first = o;
                }
            }
        }
        if (first != null) {
            throw first.at().errorAt(0, "a completion (S: OK, NO or BAD) for this command before the end of the file",
                    "none");
        }
    }

    private static void requireOpen(Cursor c, Flow f, int connection) {
        if (f.closedAt != null) {
            throw c.errorAt(0, "a line for an open connection", "connection " + connection
                    + ", which the server closed on line " + f.closedAt.line);
        }
    }

    private static RuntimeException pendingNothingElse(Flow f, String found) {
        return f.nothingElseAt.errorAt(0, "a completion, + or closed after \"nothing else\" on the same connection "
                + "(it holds up to the next of those)", found);
    }
}

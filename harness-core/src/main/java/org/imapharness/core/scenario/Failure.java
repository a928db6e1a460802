package org.imapharness.core.scenario;

import java.util.List;
import java.util.Objects;

/**
 * Where and how the server's answers departed from a scenario.
 *
 * @param line       the scenario line whose expectation failed; 0 when the server failed one of the
 *                   interpreter's own commands (greeting, login, SELECT of the start state, fixtures)
 * @param source     that line as written, or for line 0 what the interpreter was doing, e.g.
 *                   {@code setup: SELECT INBOX}
 * @param connection the connection concerned (0 for a {@code check:} line)
 * @param message    what went wrong, in one sentence
 * @param expected   what the line expects, as written in the pattern language
 * @param received   the responses that were considered, parsed and raw
 */
public record Failure(int line, String source, int connection, String message, String expected,
                      List<ReceivedResponse> received) {
    public Failure {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(message, "message");
        expected = expected == null ? "" : expected;
        received = List.copyOf(received);
    }
}

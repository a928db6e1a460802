package org.imapharness.core.scenario;

import java.util.Objects;

/**
 * How one connection of a scenario starts.
 *
 * @param number the connection number, from 1, as in {@code 2 C:}
 * @param state  where it stands when the scenario's lines begin
 * @param user   which user of the target's user template it logs in as, from 1
 */
public record ConnectionSpec(int number, StartState state, int user) {
    public ConnectionSpec {
        if (number < 1) {
            throw new IllegalArgumentException("connection numbers start at 1: " + number);
        }
        Objects.requireNonNull(state, "state");
        if (user < 1) {
            throw new IllegalArgumentException("user numbers start at 1: " + user);
        }
    }
}

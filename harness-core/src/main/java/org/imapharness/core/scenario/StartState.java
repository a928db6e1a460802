package org.imapharness.core.scenario;

import java.util.Objects;

/**
 * Where a connection stands when the scenario's own lines begin (RFC 3501 §3). The interpreter
 * gets it there: reads the greeting, negotiates STARTTLS when the target requires it, logs in,
 * selects.
 */
public sealed interface StartState {

    /** Connected (and, for implicit TLS, handshaken); the greeting is still unread, no STARTTLS done. */
    record Connected() implements StartState {
    }

    /** Greeting read; STARTTLS done if the target requires it (§3.1). */
    record NotAuthenticated() implements StartState {
    }

    /** Logged in as the connection's user (§3.2). */
    record Authenticated() implements StartState {
    }

    /** A mailbox selected with SELECT, or with EXAMINE when {@code readOnly} (§3.3). */
    record Selected(Template mailbox, boolean readOnly) implements StartState {
        public Selected {
            Objects.requireNonNull(mailbox, "mailbox");
        }
    }

    /** Whether the connection logs in before the scenario starts. */
    default boolean authenticated() {
        return this instanceof Authenticated || this instanceof Selected;
    }
}

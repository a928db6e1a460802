package org.imapharness.core.scenario;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.imapharness.protocol.response.StatusCondition;

/** What one {@code S:} line expects. The human-readable text of a response is never matched. */
public sealed interface ResponsePattern {

    /** Untagged data, e.g. {@code * 3 EXISTS}: the items after the {@code *}. */
    record Untagged(List<Pattern> items) implements ResponsePattern {
        public Untagged {
            items = List.copyOf(items);
        }

        @Override
        public String toString() {
            return "* " + Patterns.join(items);
        }
    }

    /**
     * An untagged status response, e.g. {@code * OK [UIDNEXT $next]}; {@code code} is the pattern
     * of the response code, or {@code null} to accept any code or none.
     */
    record Status(Set<StatusCondition> conditions, List<Pattern> code) implements ResponsePattern {
        public Status {
            conditions = Set.copyOf(EnumSet.copyOf(conditions));
            code = code == null ? null : List.copyOf(code);
        }

        @Override
        public String toString() {
            return "* " + Patterns.status(conditions, code);
        }
    }

    /**
     * The tagged completion of command number {@code command} (counted from 0 in file order),
     * e.g. {@code OK [READ-WRITE]}; {@code code} as for {@link Status}.
     */
    record Completion(int command, Set<StatusCondition> conditions, List<Pattern> code) implements ResponsePattern {
        public Completion {
            conditions = Set.copyOf(EnumSet.copyOf(conditions));
            code = code == null ? null : List.copyOf(code);
        }

        @Override
        public String toString() {
            return Patterns.status(conditions, code);
        }
    }

    /** A continuation request ({@code +}) for command number {@code command}. */
    record Continuation(int command) implements ResponsePattern {
        @Override
        public String toString() {
            return "+";
        }
    }
}


package org.imapharness.core.scenario;

import java.time.Duration;
import java.util.Objects;

/**
 * One line of a scenario's body, in file order. {@code line} is its 1-based line number,
 * {@code connection} the connection it concerns (0 for none), {@code source} the line as
 * written, for reports.
 */
public sealed interface Step {

    int line();

    int connection();

    String source();

    /**
     * {@code C:} — bytes to send. A command line has {@code command >= 0} (its number in file
     * order) and, with explicit tagging, its {@code tag}; a continuation line (after {@code S: +}
     * or an explicit literal size) has {@code command == -1} and is sent without a tag.
     */
    record Send(int line, int connection, String source, ClientLine text, int command, String tag)
            implements Step {
        public Send {
            Objects.requireNonNull(text, "text");
        }

        public boolean isContinuation() {
            return command < 0;
        }
    }

    /** {@code S:} or, when {@code optional}, {@code S?:} — a response to expect. */
    record Expect(int line, int connection, String source, ResponsePattern pattern, boolean optional)
            implements Step {
        public Expect {
            Objects.requireNonNull(pattern, "pattern");
        }
    }

    /** {@code S: nothing else} — no untagged response but those expected, up to the next sync point. */
    record NothingElse(int line, int connection, String source) implements Step {
    }

    /** {@code S: nothing for 500ms} — no response at all arrives for that long. */
    record Silence(int line, int connection, String source, Duration duration) implements Step {
        public Silence {
            Objects.requireNonNull(duration, "duration");
        }
    }

    /** {@code S: closed} — the server closes the connection. */
    record Closed(int line, int connection, String source) implements Step {
    }

    /** {@code check: $a > $b} — a relation between captured numbers. */
    record Check(int line, String source, Operand left, Relation relation, Operand right) implements Step {
        public Check {
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(relation, "relation");
            Objects.requireNonNull(right, "right");
        }

        @Override
        public int connection() {
            return 0;
        }
    }
}

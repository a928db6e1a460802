package org.imapharness.scenarios.load;

import io.gatling.core.session.Session;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import org.imapharness.core.client.CommandResult;

/**
 * One check on a command's parsed result: a value is extracted (the completion status, a count
 * such as EXISTS, the UIDs fetched, …), optionally validated, and optionally saved into the
 * virtual user's session. Immutable; start from the extractors in {@link Imap} and finish with
 * {@link Extract#is}, {@link Extract#gte}, {@link Extract#saveAs} and the like.
 */
public final class ImapCheck {
    static final String STATUS = "status";

    private final String what;
    private final Function<CommandResult, ?> extractor;
    private final Predicate<Object> test;
    private final String expectation;
    private final String saveAs;

    private ImapCheck(String what, Function<CommandResult, ?> extractor, Predicate<Object> test, String expectation,
                      String saveAs) {
        this.what = what;
        this.extractor = extractor;
        this.test = test;
        this.expectation = expectation;
        this.saveAs = saveAs;
    }

    /** This check, also saving the extracted value under {@code key} when it passes. */
    public ImapCheck saveAs(String key) {
        return new ImapCheck(what, extractor, test, expectation, Objects.requireNonNull(key, "key"));
    }

    boolean isStatusCheck() {
        return STATUS.equals(what);
    }

    /** What running the checks made of a result. */
    sealed interface Outcome {
        record Passed(Session session) implements Outcome {
        }

        record Failed(String message) implements Outcome {
        }
    }

    /** Runs the checks in order, saving as they pass; the first failure stops and names itself. */
    static Outcome applyAll(List<ImapCheck> checks, CommandResult result, Session session) {
        Session s = session;
        for (ImapCheck c : checks) {
            Object value;
            try {
                value = c.extractor.apply(result);
            } catch (RuntimeException e) {
                return new Outcome.Failed(c.what + ": cannot extract: " + e.getMessage());
            }
            if (!c.test.test(value)) {
                String server = c.isStatusCheck() ? " (\"" + result.completion().text() + "\")" : "";
                return new Outcome.Failed(c.what + ": expected " + c.expectation + ", found " + value + server);
            }
            if (c.saveAs != null) {
                s = s.set(c.saveAs, value);
            }
        }
        return new Outcome.Passed(s);
    }

    /**
     * A value to check, extracted from a command's result. Without a validation, {@link #saveAs}
     * still requires the value to be present.
     */
    public static final class Extract<T> {
        private final String what;
        private final Function<CommandResult, T> extractor;

        Extract(String what, Function<CommandResult, T> extractor) {
            this.what = what;
            this.extractor = extractor;
        }

        public ImapCheck is(T expected) {
            return check(v -> Objects.equals(v, expected), String.valueOf(expected));
        }

        public ImapCheck not(T unexpected) {
            return check(v -> !Objects.equals(v, unexpected), "not " + unexpected);
        }

        public ImapCheck exists() {
            return check(Objects::nonNull, "a value");
        }

        /** At least {@code min}; for numeric values. */
        public ImapCheck gte(long min) {
            return check(v -> v instanceof Number n && n.longValue() >= min, ">= " + min);
        }

        /** At most {@code max}; for numeric values. */
        public ImapCheck lte(long max) {
            return check(v -> v instanceof Number n && n.longValue() <= max, "<= " + max);
        }

        @SuppressWarnings("unchecked")
        public ImapCheck satisfies(Predicate<? super T> predicate, String description) {
            return check(v -> v != null && predicate.test((T) v), description);
        }

        public ImapCheck saveAs(String key) {
            return exists().saveAs(key);
        }

        private ImapCheck check(Predicate<Object> test, String expectation) {
            return new ImapCheck(what, extractor, test, expectation, null);
        }
    }
}

package org.imapharness.core.scenario.run;

import java.util.ArrayList;
import java.util.List;
import org.imapharness.core.scenario.ResponsePattern;
import org.imapharness.core.scenario.Step;

/**
 * A run of expectation lines for one connection, up to and including its sync point: the
 * completion, the {@code +} or the close that ends it. Untagged lines before the sync point
 * form a group matched in any order against the untagged responses that arrive before it.
 *
 * @param connection  the connection
 * @param required    {@code S:} lines with untagged patterns
 * @param optional    {@code S?:} lines
 * @param nothingElse the {@code S: nothing else} line, or null
 * @param sync        the completion, continuation or closed line, or null when the block ends
 *                    at another kind of line (then it ends once every required line matched)
 */
record ExpectationBlock(int connection, List<Step.Expect> required, List<Step.Expect> optional,
                        Step.NothingElse nothingElse, Step sync) {

    static boolean isExpectation(Step s) {
        return s instanceof Step.Expect || s instanceof Step.NothingElse || s instanceof Step.Closed;
    }

    static boolean isSync(Step s) {
        return s instanceof Step.Closed || s instanceof Step.Expect e
                && (e.pattern() instanceof ResponsePattern.Completion
                || e.pattern() instanceof ResponsePattern.Continuation);
    }

    /** The block starting at {@code from}; {@link #size} says how many steps it took. */
    static ExpectationBlock at(List<Step> steps, int from) {
        int connection = steps.get(from).connection();
        List<Step.Expect> required = new ArrayList<>();
        List<Step.Expect> optional = new ArrayList<>();
        Step.NothingElse nothingElse = null;
        for (int i = from; i < steps.size(); i++) {
            Step s = steps.get(i);
            if (!isExpectation(s) || s.connection() != connection) {
                break;
            }
            if (isSync(s)) {
                return new ExpectationBlock(connection, required, optional, nothingElse, s);
            }
            if (s instanceof Step.NothingElse n) {
                nothingElse = n;
            } else if (s instanceof Step.Expect e) {
                (e.optional() ? optional : required).add(e);
            }
        }
        return new ExpectationBlock(connection, required, optional, nothingElse, null);
    }

    int size() {
        return required.size() + optional.size() + (nothingElse != null ? 1 : 0) + (sync != null ? 1 : 0);
    }

    List<ResponsePattern> requiredPatterns() {
        return required.stream().map(Step.Expect::pattern).toList();
    }

    List<ResponsePattern> optionalPatterns() {
        return optional.stream().map(Step.Expect::pattern).toList();
    }

    /** The line a failure of the whole block points at: the sync point, else the last line. */
    Step anchor() {
        if (sync != null) {
            return sync;
        }
        if (!required.isEmpty()) {
            return required.get(required.size() - 1);
        }
        return nothingElse != null ? nothingElse : optional.get(0);
    }
}

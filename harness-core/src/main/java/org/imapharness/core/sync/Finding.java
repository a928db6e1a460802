package org.imapharness.core.sync;

import java.util.List;

/**
 * A broken rule as a check sees it, before the run places it (step, device, trace entry).
 *
 * @param prelude     scenario lines (a read-only command and its answer) to insert before the
 *                    failing command, to capture a value the expectation compares with
 * @param expectation the lines the failing command must get in the replay; empty keeps the
 *                    completion that was seen (the failure is then only described in a comment)
 */
record Finding(Rule rule, String detail, List<String> prelude, List<String> expectation) {
    Finding {
        prelude = List.copyOf(prelude);
        expectation = List.copyOf(expectation);
    }

    static Finding of(Rule rule, String detail, List<String> expectation) {
        return new Finding(rule, detail, List.of(), expectation);
    }
}

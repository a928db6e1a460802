package org.imapharness.core.sync;

import java.util.List;
import java.util.Set;

/**
 * What one run found.
 *
 * @param violations  rules broken, the first one first (the run stops at it)
 * @param steps       actions performed
 * @param devicesUsed devices that took part
 * @param bytes       the decisions drawn: {@code Choices.replay(bytes)} repeats the run
 * @param pushNanos   IDLE push latencies observed, in nanoseconds, in order
 * @param trace       the run's conversation, for a replay scenario
 * @param requires    capabilities the run relied on
 */
public record SyncResult(List<Violation> violations, int steps, int devicesUsed, byte[] bytes, List<Long> pushNanos,
                         Trace trace, Set<String> requires) {
    public SyncResult {
        violations = List.copyOf(violations);
        pushNanos = List.copyOf(pushNanos);
        requires = Set.copyOf(requires);
    }

    public boolean passed() {
        return violations.isEmpty();
    }

    public Violation first() {
        return violations.isEmpty() ? null : violations.get(0);
    }
}

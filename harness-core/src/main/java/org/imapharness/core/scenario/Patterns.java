package org.imapharness.core.scenario;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.imapharness.protocol.response.StatusCondition;

/** Shows patterns as they are written in scenario files. */
final class Patterns {
    private Patterns() {
    }

    static String join(List<Pattern> items) {
        return items.stream().map(Pattern::toString).collect(Collectors.joining(" "));
    }

    static String status(Set<StatusCondition> conditions, List<Pattern> code) {
        String names = conditions.stream().sorted().map(Enum::name).collect(Collectors.joining("|"));
        return code == null ? names : names + " [" + join(code) + "]";
    }
}

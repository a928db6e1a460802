package org.imapharness.scenarios.security;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A check's result with the evidence that supports it: what was sent and seen, in a few lines.
 * Measurements ({@code imap.measure.*} report entries) travel with any outcome.
 */
public sealed interface Verdict {

    String text();

    Map<String, String> measurements();

    record Pass(String text, Map<String, String> measurements) implements Verdict {
        public Pass {
            Objects.requireNonNull(text, "text");
            measurements = Map.copyOf(measurements);
        }
    }

    record Fail(String text, Map<String, String> measurements) implements Verdict {
        public Fail {
            Objects.requireNonNull(text, "text");
            measurements = Map.copyOf(measurements);
        }
    }

    /** Not applicable to this target or not enabled; never counted as a pass. */
    record Skip(String text, Map<String, String> measurements) implements Verdict {
        public Skip {
            Objects.requireNonNull(text, "text");
            measurements = Map.copyOf(measurements);
        }
    }

    static Verdict pass(String evidence) {
        return new Pass(evidence, Map.of());
    }

    static Verdict fail(String evidence) {
        return new Fail(evidence, Map.of());
    }

    static Verdict skip(String reason) {
        return new Skip(reason, Map.of());
    }

    /** The same outcome with one more measurement, published as {@code imap.measure.<name>}. */
    default Verdict measured(String name, Object value) {
        Map<String, String> m = new LinkedHashMap<>(measurements());
        m.put(name, String.valueOf(value));
        if (this instanceof Pass) {
            return new Pass(text(), m);
        }
        return this instanceof Fail ? new Fail(text(), m) : new Skip(text(), m);
    }
}

package org.imapharness.server.fault;

import static org.imapharness.server.fault.Fault.*;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which suites catch each fault switch: the "caught by" column of {@code FAULTS.md}. This module
 * cannot run the suites, so the table is declared here and each suite's detection test asserts
 * that it catches exactly the faults credited to it (the conformance FaultDetectionIT, the
 * security FaultDetectionIT, SyncFaultsIT and NetworkFuzzFaultsIT in module scenarios, and
 * ConcurrencyIT here): a claim that stops being true fails the build.
 */
public final class FaultDetection {

    /** A suite with a detection test. */
    public enum Suite {
        CONFORMANCE("conformance"), SECURITY("security"), SYNC("sync"), FUZZ("fuzz"), CONCURRENCY("concurrency");

        private final String label;

        Suite(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * What no conformance scenario can see: the plaintext phase before STARTTLS (the embedded
     * target speaks implicit TLS), TLS parameters, response text and timing (never matched),
     * hostile input, and the order of several EXPUNGEs (untagged responses match in any order).
     */
    private static final Set<Fault> NOT_BY_CONFORMANCE = EnumSet.of(EXPUNGE_NO_DECREMENT, STARTTLS_KEEPS_PIPELINED,
            CAPABILITY_NOT_REISSUED_AFTER_TLS, LOGIN_BEFORE_TLS, NO_THROTTLE, TLS_LEGACY_ALLOWED, TLS_WEAK_CIPHERS,
            STARTTLS_IN_TLS_ALLOWED, STARTTLS_AFTER_LOGIN_ALLOWED, TAG_UNCHECKED, AUTH_REVEALS_UNKNOWN_USER,
            RESPONSE_TEXT_UNSANITIZED, NO_LINE_LIMIT, LITERAL_SIZE_UNCHECKED, LITERAL_SIZE_WRAPS,
            DEEP_NESTING_UNANSWERED, PIPELINE_OVERFLOW_DROPPED);

    private static final Set<Fault> SECURITY_FAULTS = EnumSet.of(STARTTLS_KEEPS_PIPELINED,
            CAPABILITY_NOT_REISSUED_AFTER_TLS, STARTTLS_IN_TLS_ALLOWED, STARTTLS_AFTER_LOGIN_ALLOWED, LOGIN_BEFORE_TLS,
            TLS_LEGACY_ALLOWED, TLS_WEAK_CIPHERS, AUTH_REVEALS_UNKNOWN_USER, AUTHENTICATE_CANCEL_IGNORED,
            SASL_IR_IGNORED, AUTH_FAILURE_AUTHENTICATES, NO_THROTTLE, RESPONSE_TEXT_UNSANITIZED, TAG_UNCHECKED,
            NO_LINE_LIMIT, LITERAL_SIZE_UNCHECKED, LITERAL_SIZE_WRAPS, DEEP_NESTING_UNANSWERED,
            PIPELINE_OVERFLOW_DROPPED);

    private static final Set<Fault> SYNC_FAULTS = EnumSet.of(EXPUNGE_NO_DECREMENT, UID_REUSE, UIDNEXT_STALE,
            UIDVALIDITY_REUSED, FLAG_UPDATE_NOT_BROADCAST, EXISTS_NOT_SENT, IDLE_NO_EXISTS, EXPUNGE_DURING_FETCH,
            MODSEQ_NOT_INCREASED);

    private static final Set<Fault> FUZZ_FAULTS = EnumSet.of(LITERAL_NO_CONTINUATION, LITERAL_PLUS_WAITS,
            LITERAL_COUNT_OFF_BY_ONE, QUOTED_ESCAPE_IGNORED);

    private static final Set<Fault> CONCURRENCY_FAULTS = EnumSet.of(EXPUNGE_NO_DECREMENT, FLAG_UPDATE_NOT_BROADCAST,
            UID_REUSE, EXPUNGE_DURING_FETCH, MODSEQ_NOT_INCREASED);

    private FaultDetection() {
    }

    /** The faults a suite's detection test must catch. */
    public static Set<Fault> caughtBy(Suite suite) {
        return switch (suite) {
            case CONFORMANCE -> EnumSet.complementOf(EnumSet.copyOf(NOT_BY_CONFORMANCE));
            case SECURITY -> EnumSet.copyOf(SECURITY_FAULTS);
            case SYNC -> EnumSet.copyOf(SYNC_FAULTS);
            case FUZZ -> EnumSet.copyOf(FUZZ_FAULTS);
            case CONCURRENCY -> EnumSet.copyOf(CONCURRENCY_FAULTS);
        };
    }

    /** The suites that catch a fault, in suite order. */
    public static Set<Suite> suitesCatching(Fault fault) {
        Set<Suite> out = EnumSet.noneOf(Suite.class);
        for (Suite s : Suite.values()) {
            if (caughtBy(s).contains(fault)) {
                out.add(s);
            }
        }
        return out;
    }
}

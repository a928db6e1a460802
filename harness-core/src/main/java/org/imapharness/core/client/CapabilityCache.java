package org.imapharness.core.client;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.imapharness.protocol.response.ResponseCode;
import org.imapharness.protocol.response.UntaggedResponse;

/**
 * The server's capabilities as last announced, by a CAPABILITY response (RFC 3501 §7.2.1) or a
 * {@code [CAPABILITY …]} code (§7.1). Forgotten when they may change: after STARTTLS (§6.2.1
 * requires it) and after a successful login that did not announce new ones. Written on the event
 * loop, read anywhere.
 */
final class CapabilityCache {
    private volatile Set<String> capabilities = Set.of();

    Set<String> get() {
        return capabilities;
    }

    boolean has(String capability) {
        return capabilities.contains(capability.toUpperCase(Locale.ROOT));
    }

    void clear() {
        capabilities = Set.of();
    }

    /** Takes the capabilities out of a response or code if it carries them; returns whether it did. */
    boolean update(Object responseOrCode) {
        java.util.List<String> list = null;
        if (responseOrCode instanceof UntaggedResponse.Capability c) {
            list = c.capabilities();
        } else if (responseOrCode instanceof ResponseCode.Capability c) {
            list = c.capabilities();
        } else if (responseOrCode instanceof UntaggedResponse.Status s && s.code() instanceof ResponseCode.Capability c) {
            list = c.capabilities();
        }
        if (list == null) {
            return false;
        }
        Set<String> upper = new LinkedHashSet<>();
        for (String s : list) {
            upper.add(s.toUpperCase(Locale.ROOT));
        }
        capabilities = Set.copyOf(upper);
        return true;
    }
}

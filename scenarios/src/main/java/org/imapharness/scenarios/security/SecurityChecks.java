package org.imapharness.scenarios.security;

import java.util.ArrayList;
import java.util.List;

/**
 * Every check of the security suite, in run order. Order matters for servers that throttle by
 * address: the checks with wrong passwords run after the transport checks and before the
 * sessions are held open, and the throttling check comes last among them.
 */
public final class SecurityChecks {
    private SecurityChecks() {
    }

    public static List<SecurityCheck> all() {
        List<SecurityCheck> all = new ArrayList<>();
        all.addAll(StartTlsChecks.all());
        all.addAll(TlsChecks.all());
        all.addAll(AuthChecks.all());
        all.addAll(InjectionChecks.all());
        all.addAll(LimitChecks.all());
        all.addAll(SessionChecks.all());
        return List.copyOf(all);
    }
}

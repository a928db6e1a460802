package org.imapharness.core.fuzz;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the generators may use on a target: the capabilities it advertised after login (which
 * extension grammars apply), the mailbox filled for the run and the prefix of every mailbox the
 * run may create, so nothing outside them is ever changed on a vendor's account.
 */
public record TargetTraits(Set<String> capabilities, String workMailbox, String createPrefix) {

    public TargetTraits {
        capabilities = capabilities.stream().map(c -> c.toUpperCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    public boolean has(String capability) {
        return capabilities.contains(capability);
    }

    /** Non-synchronizing literals of any size (RFC 7888 LITERAL+), or up to 4096 octets (LITERAL-). */
    public boolean literalPlus(int size) {
        return has("LITERAL+") || has("LITERAL-") && size <= 4096;
    }
}

package org.imapharness.server.config;

/**
 * Which non-synchronizing literal extension of RFC 7888 the server offers ({@code literal-mode}).
 * A server advertises one of the two: LITERAL+ promises to take {@code {n+}} of any size, while
 * LITERAL- (§4) promises to refuse {@code {n+}} over {@link #MINUS_MAX} bytes, so advertising both
 * would contradict itself. LITERAL+ is the default; LITERAL- lets a harness check both behaviours.
 */
public enum LiteralExtension {
    /** LITERAL+ (RFC 7888 §3): {@code {n+}} accepted up to the literal size limit. */
    PLUS("LITERAL+"),
    /** LITERAL- (RFC 7888 §4): {@code {n+}} over 4096 bytes is refused with BAD [TOOBIG]. */
    MINUS("LITERAL-");

    /** The largest literal that LITERAL- lets a client send without waiting for {@code +}. */
    public static final int MINUS_MAX = 4096;

    private final String capability;

    LiteralExtension(String capability) {
        this.capability = capability;
    }

    /** The CAPABILITY atom. */
    public String capability() {
        return capability;
    }

    /** Whether a non-synchronizing literal of {@code size} bytes breaks this extension's rule. */
    public boolean refusesNonSync(long size) {
        return this == MINUS && size > MINUS_MAX;
    }
}

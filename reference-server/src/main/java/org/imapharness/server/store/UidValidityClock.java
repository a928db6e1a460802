package org.imapharness.server.store;

/**
 * Hands out UIDVALIDITY values (RFC 3501 §2.3.1.1) for the whole store: strictly increasing,
 * seeded from the clock in seconds, and never below anything seen in the journal, so that a
 * mailbox deleted and re-created in the same second, or after a restart, never gets a value a
 * client may have cached for that name. Values stay within 32 bits (nz-number).
 */
final class UidValidityClock {
    private long last;

    UidValidityClock(long nowSeconds) {
        this.last = Math.max(0, Math.min(nowSeconds, 0xFFFF_FFFFL) - 1);
    }

    synchronized long next(long nowSeconds) {
        last = Math.max(last + 1, Math.min(nowSeconds, 0xFFFF_FFFFL));
        if (last > 0xFFFF_FFFFL) {
            throw new StoreException(StoreException.Reason.IO, "UIDVALIDITY space exhausted");
        }
        return last;
    }

    /** Replay: later values must exceed every value already used. */
    synchronized void observe(long used) {
        last = Math.max(last, used);
    }
}

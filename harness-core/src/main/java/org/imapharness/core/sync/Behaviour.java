package org.imapharness.core.sync;

/**
 * How a device keeps in step with the server, after the clients people use. Device {@code i}
 * (0-based) behaves as {@code values()[i % 5]}, so three devices are a phone, a desktop and a
 * laptop, and every behaviour appears from five devices on.
 */
public enum Behaviour {
    /** Stays in IDLE on the main folder and relies on pushes (RFC 2177). */
    PHONE_IDLE,
    /** Polls with NOOP and moves between the folders (RFC 3501 §6.1.2). */
    DESKTOP_NOOP,
    /** Enables QRESYNC, goes offline and comes back with SELECT ... (QRESYNC ...) (RFC 7162 §3.2.5). */
    LAPTOP_QRESYNC,
    /** Polls with NOOP and FETCH ... (CHANGEDSINCE modseq) (RFC 7162 §3.1.4). */
    CONDSTORE_POLLER,
    /** Forgets everything and reads the folder again on each sync, as a web client does. */
    WEBMAIL_RESYNC;

    public static Behaviour of(int device) {
        return values()[device % values().length];
    }

    boolean condstore() {
        return this == LAPTOP_QRESYNC || this == CONDSTORE_POLLER;
    }
}

package org.imapharness.protocol.command;

/** How STORE changes flags (RFC 3501 §6.4.6): {@code FLAGS}, {@code +FLAGS}, {@code -FLAGS}. */
public enum StoreMode {
    REPLACE(""), ADD("+"), REMOVE("-");

    private final String prefix;

    StoreMode(String prefix) {
        this.prefix = prefix;
    }

    public String prefix() {
        return prefix;
    }
}

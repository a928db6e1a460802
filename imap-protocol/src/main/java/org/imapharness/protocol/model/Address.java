package org.imapharness.protocol.model;

/**
 * One {@code address} of an ENVELOPE (RFC 3501 §7.4.2): personal name, at-domain-list
 * (source route), mailbox and host, each possibly NIL ({@code null}). A group start has a
 * {@code null} host and the group name as mailbox; a group end has {@code null} mailbox and host.
 */
public record Address(String name, String adl, String mailbox, String host) {

    public boolean isGroupStart() {
        return host == null && mailbox != null;
    }

    public boolean isGroupEnd() {
        return host == null && mailbox == null;
    }
}

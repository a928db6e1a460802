package org.imapharness.protocol.response;

/** The condition of a status response (RFC 3501 §7.1). Tagged responses use only OK/NO/BAD. */
public enum StatusCondition {
    OK, NO, BAD, PREAUTH, BYE;

    public boolean allowedTagged() {
        return this == OK || this == NO || this == BAD;
    }
}

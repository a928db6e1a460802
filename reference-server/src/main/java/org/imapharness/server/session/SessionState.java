package org.imapharness.server.session;

/** The connection states of RFC 3501 §3 (figure in §3.5). */
public enum SessionState {
    NOT_AUTHENTICATED("not authenticated"),
    AUTHENTICATED("authenticated"),
    SELECTED("selected"),
    LOGOUT("logout");

    private final String words;

    SessionState(String words) {
        this.words = words;
    }

    /** As the RFC names it, for error texts. */
    public String words() {
        return words;
    }
}

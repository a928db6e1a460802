package org.imapharness.core.client;

/**
 * Base of every failure the client driver reports. Unchecked: the async API delivers it through a
 * failed future, the blocking facade throws it.
 */
public class ImapClientException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ImapClientException(String message) {
        super(message);
    }

    public ImapClientException(String message, Throwable cause) {
        super(message, cause);
    }
}

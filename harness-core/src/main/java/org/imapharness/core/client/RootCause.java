package org.imapharness.core.client;

/**
 * The innermost cause of a network failure, which is the part a person can act on: Netty and
 * the JDK wrap "connection refused" or a certificate problem in several layers of exceptions.
 */
public final class RootCause {
    private RootCause() {
    }

    /** The last cause in the chain (a self-referencing cause ends it). */
    public static Throwable of(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    /** The root cause's message, or its type when it has none. */
    public static String message(Throwable t) {
        Throwable root = of(t);
        return root.getMessage() == null ? root.toString() : root.getMessage();
    }
}

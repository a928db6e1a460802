package org.imapharness.reports.json;

/** A saved report file that cannot be read: missing, not JSON, or not a run of this schema. */
public final class ReportFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ReportFileException(String message, Throwable cause) {
        super(message, cause);
    }
}

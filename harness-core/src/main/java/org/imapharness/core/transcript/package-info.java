/**
 * Transcripts: every byte a connection sent and received, as chunks with direction and time,
 * bounded in memory, with credentials masked before they are stored ({@link
 * org.imapharness.core.transcript.Redactor}), and rendered as the {@code C:} / {@code S:} lines
 * of the RFC 3501 examples for reports and failure messages.
 */
package org.imapharness.core.transcript;

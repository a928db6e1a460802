package org.imapharness.server.store;

/** What APPEND reports in {@code [APPENDUID uidvalidity uid]} (RFC 4315 §3). */
public record AppendResult(long uidValidity, long uid) {
}

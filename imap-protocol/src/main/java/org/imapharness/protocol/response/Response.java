package org.imapharness.protocol.response;

/**
 * Everything a server can send (RFC 3501 §7): a tagged completion, untagged data or status,
 * a continuation request, or (when the bytes break the grammar) a {@link MalformedResponse}
 * that keeps the raw bytes and the cause, so a bad response is reported rather than fatal.
 */
public sealed interface Response permits TaggedResponse, UntaggedResponse, ContinuationRequest, MalformedResponse {
}

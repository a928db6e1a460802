package org.imapharness.protocol.response;

/**
 * {@code continue-req} (RFC 3501 §7.5): the server is ready for the rest of a command, or
 * sends an AUTHENTICATE challenge. {@code text} is the resp-text or the base64 challenge;
 * {@code code} is set only when a resp-text carried one.
 */
public record ContinuationRequest(ResponseCode code, String text) implements Response {
    public ContinuationRequest {
        text = text == null ? "" : text;
    }
}

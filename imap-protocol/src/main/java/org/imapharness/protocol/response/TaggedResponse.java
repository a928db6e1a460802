package org.imapharness.protocol.response;

import java.util.Objects;

/** {@code response-tagged} (RFC 3501 §7.1): the completion of the command with this tag. */
public record TaggedResponse(String tag, StatusCondition status, ResponseCode code, String text) implements Response {
    public TaggedResponse {
        Objects.requireNonNull(tag, "tag");
        if (!status.allowedTagged()) {
            throw new IllegalArgumentException(status + " cannot be tagged (RFC 3501 §7.1)");
        }
        text = text == null ? "" : text;
    }

    public boolean isOk() {
        return status == StatusCondition.OK;
    }
}

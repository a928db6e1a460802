package org.imapharness.server.selected;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.imapharness.protocol.response.ResponseCode;
import org.imapharness.protocol.response.StatusCondition;
import org.imapharness.protocol.response.UntaggedResponse;

/**
 * The result of one command: the untagged responses it produced, in sending order, and its tagged
 * completion (condition, optional response code, human text) without the tag, which the session
 * adds. Pending mailbox updates are not part of it (see package-info): the session appends
 * {@link SelectedUpdates#after} before the tagged line.
 */
public record Outcome(List<UntaggedResponse> untagged, StatusCondition status, ResponseCode code, String text) {
    public Outcome {
        untagged = List.copyOf(untagged);
        Objects.requireNonNull(status, "status");
        if (!status.allowedTagged()) {
            throw new IllegalArgumentException(status + " cannot complete a command (RFC 3501 §7.1)");
        }
        text = text == null ? "" : text;
    }

    public static Outcome ok(List<UntaggedResponse> untagged, ResponseCode code, String text) {
        return new Outcome(untagged, StatusCondition.OK, code, text);
    }

    public static Outcome ok(List<UntaggedResponse> untagged, String text) {
        return ok(untagged, null, text);
    }

    public static Outcome ok(String text) {
        return ok(List.of(), null, text);
    }

    public static Outcome no(ResponseCode code, String text) {
        return new Outcome(List.of(), StatusCondition.NO, code, text);
    }

    public static Outcome bad(String text) {
        return new Outcome(List.of(), StatusCondition.BAD, null, text);
    }

    public boolean isOk() {
        return status == StatusCondition.OK;
    }

    /** This outcome with {@code first} sent before its own untagged responses. */
    public Outcome withUntaggedBefore(List<UntaggedResponse> first) {
        if (first.isEmpty()) {
            return this;
        }
        List<UntaggedResponse> all = new ArrayList<>(first);
        all.addAll(untagged);
        return new Outcome(all, status, code, text);
    }
}

package org.imapharness.core.scenario.match;

import java.util.List;
import java.util.Set;
import org.imapharness.core.scenario.Pattern;
import org.imapharness.core.scenario.ResponsePattern;
import org.imapharness.protocol.response.ContinuationRequest;
import org.imapharness.protocol.response.Response;
import org.imapharness.protocol.response.ResponseCode;
import org.imapharness.protocol.response.StatusCondition;
import org.imapharness.protocol.response.TaggedResponse;
import org.imapharness.protocol.response.UntaggedResponse;

/**
 * Matches one expected line against one parsed response. Which command a completion belongs to
 * is the interpreter's business (it knows the tags); here only the status and the response code
 * are compared. The response text is never looked at.
 */
public final class ResponseMatcher {
    private ResponseMatcher() {
    }

    /**
     * @param bindings the bindings after a match (with any new captures), or {@code null}
     * @param mismatch why it did not match, e.g. {@code expected 3, found 4}; empty on a match
     */
    public record Result(Bindings bindings, String mismatch) {
        public boolean matched() {
            return bindings != null;
        }

        static Result no(String why) {
            return new Result(null, why);
        }
    }

    public static Result match(ResponsePattern pattern, Response response, Bindings bindings) {
        if (pattern instanceof ResponsePattern.Untagged u) {
            if (!(response instanceof UntaggedResponse r) || response instanceof UntaggedResponse.Status) {
                return Result.no("expected untagged data, found " + kind(response));
            }
            ItemMatcher m = new ItemMatcher();
            Bindings b = m.sequence(u.items(), ResponseTree.untagged(r), bindings, x -> x);
            return b != null ? new Result(b, "") : Result.no(m.failure());
        }
        if (pattern instanceof ResponsePattern.Status s) {
            if (!(response instanceof UntaggedResponse.Status r)) {
                return Result.no("expected an untagged status response, found " + kind(response));
            }
            return status(s.conditions(), s.code(), r.status(), r.code(), bindings);
        }
        if (pattern instanceof ResponsePattern.Completion c) {
            if (!(response instanceof TaggedResponse r)) {
                return Result.no("expected a tagged completion, found " + kind(response));
            }
            return status(c.conditions(), c.code(), r.status(), r.code(), bindings);
        }
        return response instanceof ContinuationRequest ? new Result(bindings, "")
                : Result.no("expected a continuation request (+), found " + kind(response));
    }

    private static Result status(Set<StatusCondition> conditions, List<Pattern> codePattern, StatusCondition status,
                                 ResponseCode code, Bindings bindings) {
        if (!conditions.contains(status)) {
            return Result.no("expected " + names(conditions) + ", found " + status);
        }
        if (codePattern == null) {
            return new Result(bindings, "");
        }
        if (code == null) {
            return Result.no("expected a response code [" + codePattern.stream().map(Object::toString)
                    .reduce((a, b) -> a + " " + b).orElse("") + "], found none");
        }
        ItemMatcher m = new ItemMatcher();
        Bindings b = m.sequence(codePattern, ResponseTree.code(code), bindings, x -> x);
        return b != null ? new Result(b, "") : Result.no(m.failure() + " in the response code");
    }

    private static String names(Set<StatusCondition> conditions) {
        return conditions.stream().sorted().map(Enum::name).reduce((a, b) -> a + " or " + b).orElse("");
    }

    /** What kind of response this is, for messages. */
    static String kind(Response r) {
        if (r instanceof TaggedResponse) {
            return "a tagged completion";
        }
        if (r instanceof UntaggedResponse.Status) {
            return "an untagged status response";
        }
        if (r instanceof UntaggedResponse) {
            return "untagged data";
        }
        return r instanceof ContinuationRequest ? "a continuation request" : "a malformed response";
    }
}

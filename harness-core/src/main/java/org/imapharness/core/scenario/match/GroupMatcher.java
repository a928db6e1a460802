package org.imapharness.core.scenario.match;

import java.util.ArrayList;
import java.util.List;
import org.imapharness.core.scenario.ResponsePattern;
import org.imapharness.protocol.response.Response;

/**
 * Matches a group of expected untagged responses against those received, in any order (RFC 3501
 * does not fix the order of untagged data): each required pattern takes a different response,
 * tried in arrival order with backtracking, because a capture made by one pairing can decide
 * whether a later pattern matches. With "nothing else", every response left over must match an
 * optional pattern. Optional patterns capture from the first left-over response they match.
 */
public final class GroupMatcher {
    private static final long BUDGET = 200_000;

    /**
     * @param bindings      the bindings after a match, or {@code null}
     * @param assignment    for each required pattern, the index of the response it took
     * @param leftOver      indexes of responses no required pattern took
     * @param failedPattern the required pattern no response could be found for, or -1
     * @param unexpected    with "nothing else": a left-over response no optional pattern allows, or -1
     */
    public record Outcome(Bindings bindings, List<Integer> assignment, List<Integer> leftOver, int failedPattern,
                          int unexpected) {
        public boolean matched() {
            return bindings != null;
        }
    }

    private final List<ResponsePattern> required;
    private final List<ResponsePattern> optional;
    private final List<? extends Response> responses;
    private final boolean nothingElse;
    private final int[] assignment;
    private final boolean[] used;
    private int deepest;
    private int unexpected = -1;
    private long steps;

    private GroupMatcher(List<ResponsePattern> required, List<ResponsePattern> optional,
                         List<? extends Response> responses, boolean nothingElse) {
        this.required = required;
        this.optional = optional;
        this.responses = responses;
        this.nothingElse = nothingElse;
        this.assignment = new int[required.size()];
        this.used = new boolean[responses.size()];
    }

    public static Outcome match(List<ResponsePattern> required, List<ResponsePattern> optional,
                                List<? extends Response> responses, boolean nothingElse, Bindings bindings) {
        return new GroupMatcher(required, optional, responses, nothingElse).run(bindings);
    }

    private Outcome run(Bindings bindings) {
        Bindings b = assign(0, bindings);
        if (b != null) {
            List<Integer> picked = new ArrayList<>();
            for (int a : assignment) {
                picked.add(a);
            }
            return new Outcome(b, picked, leftOver(), -1, -1);
        }
        boolean allFound = deepest == required.size();
        return new Outcome(null, List.of(), List.of(), allFound ? -1 : deepest, allFound ? unexpected : -1);
    }

    private Bindings assign(int i, Bindings b) {
        deepest = Math.max(deepest, i);
        if (i == required.size()) {
            return leftOvers(b);
        }
        for (int j = 0; j < responses.size() && steps++ < BUDGET; j++) {
            if (used[j]) {
                continue;
            }
            ResponseMatcher.Result r = ResponseMatcher.match(required.get(i), responses.get(j), b);
            if (r.matched()) {
                used[j] = true;
                assignment[i] = j;
                Bindings done = assign(i + 1, r.bindings());
                used[j] = false;
                if (done != null) {
                    used[j] = true;
                    return done;
                }
            }
        }
        return null;
    }

    /** Lets optional patterns capture from what is left, and enforces "nothing else". */
    private Bindings leftOvers(Bindings b) {
        boolean[] captured = new boolean[optional.size()];
        for (int j = 0; j < responses.size(); j++) {
            if (used[j]) {
                continue;
            }
            boolean allowed = false;
            for (int o = 0; o < optional.size() && !allowed; o++) {
                ResponseMatcher.Result r = ResponseMatcher.match(optional.get(o), responses.get(j), b);
                if (r.matched()) {
                    allowed = true;
                    if (!captured[o]) {
                        captured[o] = true;
                        b = r.bindings();
                    }
                }
            }
            if (!allowed && nothingElse) {
                if (unexpected < 0) {
                    unexpected = j;
                }
                return null;
            }
        }
        return b;
    }

    private List<Integer> leftOver() {
        List<Integer> out = new ArrayList<>();
        for (int j = 0; j < responses.size(); j++) {
            if (!used[j]) {
                out.add(j);
            }
        }
        return out;
    }
}

package org.imapharness.core.scenario.run;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.imapharness.core.scenario.ReceivedResponse;
import org.imapharness.core.scenario.ResponsePattern;
import org.imapharness.core.scenario.Step;
import org.imapharness.core.scenario.match.Bindings;
import org.imapharness.core.scenario.match.GroupMatcher;
import org.imapharness.core.scenario.match.ResponseMatcher;
import org.imapharness.protocol.response.ContinuationRequest;
import org.imapharness.protocol.response.TaggedResponse;
import org.imapharness.protocol.response.UntaggedResponse;

/**
 * Runs one {@link ExpectationBlock}: reads the connection's responses until the block's sync
 * point arrives (or, without one, until every required line has matched), then matches. The
 * completions of other commands in flight are kept for their own lines; anything else that does
 * not fit (a completion for no command, a {@code +} nobody waits for, a close) fails at once.
 */
final class BlockRunner {
    /** More untagged responses than this before a sync point is a flood, not an answer. */
    static final int MAX_RESPONSES = 100_000;

    private final Duration timeout;

    BlockRunner(Duration timeout) {
        this.timeout = timeout;
    }

    Bindings run(Session s, ExpectationBlock block, Bindings bindings) throws ScenarioFailure, RunError {
        List<WireEvent.Received> untagged = new ArrayList<>();
        List<WireEvent> heldBack = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (true) {
                if (block.sync() == null && block.required().isEmpty()) {
                    return bindings;
                }
                WireEvent e = s.next(deadline);
                if (e == null) {
                    throw timedOut(s, block, untagged, bindings);
                }
                if (Failures.isProblem(e)) {
                    Step at = firstUnmet(block, untagged, bindings);
                    throw Failures.protocolProblem(at.line(), at.source(), s.number, e, expected(at));
                }
                if (e instanceof WireEvent.Closed c) {
                    if (block.sync() instanceof Step.Closed) {
                        return group(s, block, untagged, bindings);
                    }
                    Step at = firstUnmet(block, untagged, bindings);
                    throw Failures.failure(at.line(), at.source(), s.number, "the connection closed: " + c.reason(),
                            expected(at), shown(s, untagged, null, bindings));
                }
                WireEvent.Received r = (WireEvent.Received) e;
                if (r.response() instanceof UntaggedResponse u) {
                    untagged.add(r);
                    if (untagged.size() > MAX_RESPONSES) {
                        Step at = firstUnmet(block, List.of(), bindings);
                        throw Failures.failure(at.line(), at.source(), s.number, "more than " + MAX_RESPONSES
                                + " untagged responses arrived before " + syncName(block), expected(at), List.of());
                    }
                    if (block.sync() == null && matchesAny(block, u, bindings)) {
                        GroupMatcher.Outcome o = GroupMatcher.match(block.requiredPatterns(), List.of(),
                                responses(untagged), false, bindings);
                        if (o.matched()) {
                            return o.bindings();
                        }
                    }
                } else if (r.response() instanceof ContinuationRequest) {
                    if (block.sync() instanceof Step.Expect x && x.pattern() instanceof ResponsePattern.Continuation) {
                        return group(s, block, untagged, bindings);
                    }
                    Step at = firstUnmet(block, untagged, bindings);
                    throw Failures.failure(at.line(), at.source(), s.number, "a continuation request (+) arrived "
                            + "that no line expects", expected(at), List.of(Failures.received(s.number, r, "")));
                } else if (r.response() instanceof TaggedResponse t) {
                    Bindings done = tagged(s, block, t, r, untagged, heldBack, bindings);
                    if (done != null) {
                        return done;
                    }
                }
            }
        } finally {
            s.pushBack(heldBack);
        }
    }

    /** Whether {@code u} could satisfy one of the block's required lines (else matching again is pointless). */
    private static boolean matchesAny(ExpectationBlock block, UntaggedResponse u, Bindings bindings) {
        for (ResponsePattern p : block.requiredPatterns()) {
            try {
                if (ResponseMatcher.match(p, u, bindings).matched()) {
                    return true;
                }
            } catch (Bindings.UnboundVariableException e) {
                return true; // it uses a capture of this very group: only the whole group can tell
            }
        }
        return false;
    }

    /** A completion: the sync point's, another command's (kept), or one for no command (a failure). */
    private Bindings tagged(Session s, ExpectationBlock block, TaggedResponse t, WireEvent.Received r,
                            List<WireEvent.Received> untagged, List<WireEvent> heldBack, Bindings bindings)
            throws ScenarioFailure {
        Step sync = block.sync();
        if (sync instanceof Step.Expect x && x.pattern() instanceof ResponsePattern.Completion c
                && t.tag().equals(s.tagOf(c.command()))) {
            Bindings b = group(s, block, untagged, bindings);
            ResponseMatcher.Result m = ResponseMatcher.match(c, t, b);
            if (!m.matched()) {
                throw Failures.failure(x.line(), x.source(), s.number, "the completion does not match",
                        expected(x), List.of(Failures.received(s.number, r, m.mismatch())));
            }
            return m.bindings();
        }
        if (sync instanceof Step.Expect x && x.pattern() instanceof ResponsePattern.Continuation c
                && t.tag().equals(s.tagOf(c.command()))) {
            throw Failures.failure(x.line(), x.source(), s.number, "the command completed instead of asking "
                    + "for more (+)", "+", List.of(Failures.received(s.number, r, "")));
        }
        if (s.isCommandTag(t.tag())) {
            heldBack.add(r);
            return null;
        }
        Step at = block.anchor();
        throw Failures.failure(at.line(), at.source(), s.number, "a completion arrived for tag " + t.tag()
                + ", which no command in flight has", expected(at), List.of(Failures.received(s.number, r, "")));
    }

    /** Matches the group against the untagged responses that came before the sync point. */
    private static Bindings group(Session s, ExpectationBlock block, List<WireEvent.Received> untagged,
                                  Bindings bindings) throws ScenarioFailure {
        GroupMatcher.Outcome o = GroupMatcher.match(block.requiredPatterns(), block.optionalPatterns(),
                responses(untagged), block.nothingElse() != null, bindings);
        if (o.matched()) {
            return o.bindings();
        }
        if (o.failedPattern() >= 0) {
            Step.Expect line = block.required().get(o.failedPattern());
            throw Failures.failure(line.line(), line.source(), s.number, "no untagged response matched before "
                    + syncName(block), expected(line), shown(s, untagged, line.pattern(), bindings));
        }
        Step.NothingElse n = block.nothingElse();
        WireEvent.Received extra = untagged.get(o.unexpected());
        throw Failures.failure(n.line(), n.source(), s.number, "an untagged response arrived that no S: or S?: "
                + "line above allows (\"nothing else\")", "", List.of(Failures.received(s.number, extra, "")));
    }

    private ScenarioFailure timedOut(Session s, ExpectationBlock block, List<WireEvent.Received> untagged,
                                     Bindings bindings) {
        Step at = firstUnmet(block, untagged, bindings);
        String what = at == block.sync() ? syncName(block) : "a matching response";
        ResponsePattern pattern = at instanceof Step.Expect x && !ExpectationBlock.isSync(at) ? x.pattern() : null;
        return Failures.failure(at.line(), at.source(), s.number, "no " + what.replaceFirst("^(the|a) ", "")
                + " within " + Failures.duration(timeout), expected(at), shown(s, untagged, pattern, bindings));
    }

    /** The first required line the responses so far cannot satisfy, else the sync line. */
    private static Step firstUnmet(ExpectationBlock block, List<WireEvent.Received> untagged, Bindings bindings) {
        GroupMatcher.Outcome o = GroupMatcher.match(block.requiredPatterns(), List.of(), responses(untagged), false,
                bindings);
        if (!o.matched() && o.failedPattern() >= 0) {
            return block.required().get(o.failedPattern());
        }
        return block.sync() != null ? block.sync() : block.anchor();
    }

    private static String syncName(ExpectationBlock block) {
        Step sync = block.sync();
        if (sync == null) {
            return "the next line";
        }
        if (sync instanceof Step.Closed) {
            return "the close (line " + sync.line() + ")";
        }
        boolean plus = ((Step.Expect) sync).pattern() instanceof ResponsePattern.Continuation;
        return (plus ? "the continuation request" : "the completion") + " (line " + sync.line() + ")";
    }

    private static String expected(Step s) {
        if (s instanceof Step.Expect e) {
            return e.pattern().toString();
        }
        return s instanceof Step.Closed ? "the server closes the connection" : "";
    }

    private static List<ReceivedResponse> shown(Session s, List<WireEvent.Received> untagged, ResponsePattern p,
                                                Bindings bindings) {
        List<ReceivedResponse> out = new ArrayList<>();
        for (WireEvent.Received r : untagged) {
            String note = "";
            try {
                note = p == null ? "" : ResponseMatcher.match(p, r.response(), bindings).mismatch();
            } catch (Bindings.UnboundVariableException e) {
                note = e.getMessage();
            }
            out.add(Failures.received(s.number, r, note));
        }
        return out;
    }

    private static List<UntaggedResponse> responses(List<WireEvent.Received> received) {
        List<UntaggedResponse> out = new ArrayList<>(received.size());
        received.forEach(r -> out.add((UntaggedResponse) r.response()));
        return out;
    }
}

package org.imapharness.core.scenario.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.imapharness.core.scenario.ResponsePattern;
import org.imapharness.protocol.response.Response;
import org.junit.jupiter.api.Test;

/** Groups of untagged expectations against what arrived, in any order. */
class GroupMatcherTest {
    private static final Bindings N3 = Bindings.empty().with("n", new Value.Num(3));

    private static List<ResponsePattern> patterns(String... lines) {
        return java.util.Arrays.stream(lines).map(Patterns::of).toList();
    }

    private static List<Response> responses(String... lines) {
        return java.util.Arrays.stream(lines).map(Patterns::response).toList();
    }

    @Test
    void orderDoesNotMatter() {
        GroupMatcher.Outcome o = GroupMatcher.match(patterns("* 2 EXISTS", "* 1 RECENT"), List.of(),
                responses("* OK [UNSEEN 1] x", "* 1 RECENT", "* 2 EXISTS"), false, N3);
        assertTrue(o.matched());
        assertEquals(List.of(2, 1), o.assignment());
        assertEquals(List.of(0), o.leftOver());
    }

    @Test
    void aCaptureCanDecideThePairing() {
        GroupMatcher.Outcome o = GroupMatcher.match(patterns("* $k EXISTS", "* $k RECENT"), List.of(),
                responses("* 2 EXISTS", "* 5 EXISTS", "* 5 RECENT"), false, N3);
        assertTrue(o.matched());
        assertEquals(new Value.Num(5), o.bindings().get("k"));
    }

    @Test
    void theFirstPatternWithoutAResponseIsNamed() {
        GroupMatcher.Outcome o = GroupMatcher.match(patterns("* 1 RECENT", "* 9 EXISTS"), List.of(),
                responses("* 1 RECENT", "* 2 EXISTS"), false, N3);
        assertFalse(o.matched());
        assertEquals(1, o.failedPattern());
        assertEquals(-1, o.unexpected());
    }

    @Test
    void nothingElseAllowsOnlyOptionalExtras() {
        List<Response> got = responses("* 2 EXISTS", "* 1 RECENT");
        GroupMatcher.Outcome strict = GroupMatcher.match(patterns("* 2 EXISTS"), List.of(), got, true, N3);
        assertFalse(strict.matched());
        assertEquals(-1, strict.failedPattern());
        assertEquals(1, strict.unexpected());
        GroupMatcher.Outcome allowed = GroupMatcher.match(patterns("* 2 EXISTS"), patterns("* $r RECENT"), got, true,
                N3);
        assertTrue(allowed.matched());
        assertEquals(new Value.Num(1), allowed.bindings().get("r"), "an optional line captures what it matched");
    }

    @Test
    void duplicatesNeedDistinctResponses() {
        assertFalse(GroupMatcher.match(patterns("* 3 EXPUNGE", "* 3 EXPUNGE"), List.of(), responses("* 3 EXPUNGE"),
                false, N3).matched());
        assertTrue(GroupMatcher.match(patterns("* 3 EXPUNGE", "* 3 EXPUNGE"), List.of(),
                responses("* 3 EXPUNGE", "* 3 EXPUNGE"), false, N3).matched());
    }
}

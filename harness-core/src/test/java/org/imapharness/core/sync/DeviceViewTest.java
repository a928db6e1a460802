package org.imapharness.core.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.imapharness.protocol.model.SequenceSet;
import org.imapharness.protocol.response.MessageAttribute;
import org.imapharness.protocol.response.UntaggedResponse;
import org.junit.jupiter.api.Test;

class DeviceViewTest {
    private final List<Finding> findings = new ArrayList<>();
    private final DeviceView view = new DeviceView(findings::add);

    /** Three messages, UIDs 10, 11, 12, flags known. */
    private void threeMessages() {
        view.begin(DeviceView.Phase.ALLOWS_EXPUNGE, "SELECT");
        view.apply(new UntaggedResponse.Exists(3));
        for (int n = 1; n <= 3; n++) {
            view.apply(fetch(n, 9 + n, List.of(), null));
        }
        view.end();
    }

    private static UntaggedResponse.Fetch fetch(long n, long uid, List<String> flags, Long modSeq) {
        List<MessageAttribute> attributes = new ArrayList<>(List.of(new MessageAttribute.Uid(uid),
                new MessageAttribute.Flags(flags)));
        if (modSeq != null) {
            attributes.add(new MessageAttribute.ModSeq(modSeq));
        }
        return new UntaggedResponse.Fetch(n, attributes);
    }

    @Test
    void expungeNumbersEachRemovalAsTheEarlierOnesLeftIt() {
        threeMessages();
        view.begin(DeviceView.Phase.ALLOWS_EXPUNGE, "EXPUNGE");
        view.apply(new UntaggedResponse.Expunge(2));
        view.apply(new UntaggedResponse.Expunge(2));
        view.end();
        assertEquals(List.of(10L), view.uids());
        assertEquals(List.of(11L, 12L), view.removedDuringCommand());
        assertTrue(findings.isEmpty(), findings.toString());
    }

    @Test
    void expungeNumberedAsIfNothingWasRemovedIsOutOfRange() {
        threeMessages();
        view.begin(DeviceView.Phase.ALLOWS_EXPUNGE, "EXPUNGE");
        view.apply(new UntaggedResponse.Expunge(2));
        view.apply(new UntaggedResponse.Expunge(3));
        assertEquals(Rule.SEQUENCE_IN_RANGE, findings.get(0).rule());
    }

    @Test
    void expungeWhileAFetchIsAnsweredBreaksRfc3501Section741() {
        threeMessages();
        view.begin(DeviceView.Phase.FORBIDS_EXPUNGE, "FETCH");
        view.apply(new UntaggedResponse.Expunge(1));
        assertEquals(Rule.EXPUNGE_WHEN_ALLOWED, findings.get(0).rule());
        assertTrue(findings.get(0).expectation().contains("S: nothing else"));
    }

    @Test
    void expungeWithNoCommandInProgressIsRefusedAndNotApplied() {
        threeMessages();
        view.apply(new UntaggedResponse.Vanished(false, SequenceSet.of(11)));
        assertEquals(Rule.EXPUNGE_WHEN_ALLOWED, findings.get(0).rule());
        assertEquals(List.of(10L, 11L, 12L), view.uids());
    }

    @Test
    void existsThatShrinksTheMailboxIsAViolation() {
        threeMessages();
        view.apply(new UntaggedResponse.Exists(2));
        assertEquals(Rule.EXISTS_NOT_DECREASING, findings.get(0).rule());
    }

    @Test
    void aFlagChangeWithoutAHigherModseqIsCaughtWithACapturingPrelude() {
        view.begin(DeviceView.Phase.ALLOWS_EXPUNGE, "SELECT");
        view.apply(new UntaggedResponse.Exists(1));
        view.apply(fetch(1, 5, List.of(), 7L));
        view.begin(DeviceView.Phase.FORBIDS_EXPUNGE, "STORE");
        view.apply(fetch(1, 5, List.of("\\Seen"), 7L));
        Finding f = findings.get(0);
        assertEquals(Rule.MODSEQ_INCREASES, f.rule());
        assertEquals("C: FETCH 1 (MODSEQ)", f.prelude().get(0));
        assertTrue(f.expectation().get(0).contains("MODSEQ (>$ms5x1)"), f.expectation().toString());
    }

    @Test
    void qresyncResponsesApplyVanishedBeforeTheNewCount() {
        threeMessages();
        view.restoreAndHold(view.snapshot());
        view.begin(DeviceView.Phase.ALLOWS_EXPUNGE, "SELECT");
        view.apply(new UntaggedResponse.Exists(3));
        view.apply(new UntaggedResponse.Vanished(true, SequenceSet.of(11)));
        view.apply(fetch(3, 13, List.of(), null));
        view.applyHeld();
        view.end();
        assertEquals(List.of(10L, 12L, 13L), view.uids());
        assertTrue(findings.isEmpty(), findings.toString());
    }
}

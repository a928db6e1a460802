package org.imapharness.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The oracle of {@link ConcurrencyIT} must flag real contradictions and nothing a correct server may send. */
class SessionModelTest {

    @Test
    void silentStoreUnderCondstoreLeavesFlagsUnknownSoTheNextUpdateIsNoContradiction() {
        SessionModel model = new SessionModel();
        model.apply("* 1 EXISTS");
        model.apply("* 1 FETCH (UID 10 FLAGS () MODSEQ (5))");
        // UID STORE 10 +FLAGS.SILENT (\Deleted): RFC 7162 §3.1.3 reply without FLAGS
        model.apply("* 1 FETCH (UID 10 MODSEQ (20))");
        assertNull(model.slots().get(0).flags);
        // another session had set \Answered at 19; the update shows both at 20
        model.apply("* 1 FETCH (FLAGS (\\Answered \\Deleted) UID 10 MODSEQ (20))");
        assertTrue(model.violations().isEmpty(), model.violations()::toString);
        assertEquals(Set.of("\\Answered", "\\Deleted"), model.slots().get(0).flags);
    }

    @Test
    void flagsThatChangeUnderTheSameModSeqAreAContradiction() {
        SessionModel model = new SessionModel();
        model.apply("* 1 EXISTS");
        model.apply("* 1 FETCH (UID 10 FLAGS () MODSEQ (20))");
        model.apply("* 1 FETCH (UID 10 FLAGS (\\Seen) MODSEQ (20))");
        assertEquals(1, model.violations().size(), model.violations()::toString);
        assertTrue(model.violations().get(0).contains("MODSEQ stayed 20"));
    }

    @Test
    void modSeqGoingDownAndExpungedUidComingBackAreContradictions() {
        SessionModel model = new SessionModel();
        model.apply("* 2 EXISTS");
        model.apply("* 1 FETCH (UID 10 FLAGS () MODSEQ (20))");
        model.apply("* 1 FETCH (UID 10 FLAGS (\\Seen) MODSEQ (19))");
        model.apply("* 1 EXPUNGE");
        model.apply("* 1 FETCH (UID 10 FLAGS () MODSEQ (30))");
        List<String> v = model.violations();
        assertEquals(2, v.size(), v::toString);
        assertTrue(v.get(0).contains("MODSEQ went down"), v.get(0));
        assertTrue(v.get(1).contains("never reused"), v.get(1));
    }
}

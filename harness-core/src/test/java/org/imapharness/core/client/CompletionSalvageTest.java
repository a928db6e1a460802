package org.imapharness.core.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.imapharness.protocol.response.StatusCondition;
import org.imapharness.protocol.response.TaggedResponse;
import org.junit.jupiter.api.Test;

class CompletionSalvageTest {
    private static final Map<String, Object> IN_FLIGHT = Map.of("A0001", new Object());

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void tagAndStatusAreRecoveredFromABrokenCompletion() {
        TaggedResponse t = CompletionSalvage.tagged(b("A0001 ok [BROKEN code\r\n"), IN_FLIGHT);
        assertEquals(new TaggedResponse("A0001", StatusCondition.OK, null, "[BROKEN code"), t);
        assertEquals(StatusCondition.BAD, CompletionSalvage.tagged(b("A0001 BAD\n"), IN_FLIGHT).status());
    }

    @Test
    void unknownTagsAndNonStatusWordsAreNotGuessed() {
        assertNull(CompletionSalvage.tagged(b("A0002 OK fine\r\n"), IN_FLIGHT));
        assertNull(CompletionSalvage.tagged(b("A0001 MAYBE\r\n"), IN_FLIGHT));
        assertNull(CompletionSalvage.tagged(b("* 1 FETCH (\r\n"), IN_FLIGHT));
        assertNull(CompletionSalvage.tagged(b(""), IN_FLIGHT));
    }

    @Test
    void leadingPlusIsAContinuation() {
        assertEquals("go on", CompletionSalvage.continuation(b("+go on\r\n")).text());
        assertNull(CompletionSalvage.continuation(b("* OK\r\n")));
    }
}

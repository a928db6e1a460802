package org.imapharness.protocol.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.imapharness.protocol.model.Address;
import org.imapharness.protocol.model.BodyStructure;
import org.imapharness.protocol.model.BodyStructure.Parameter;
import org.imapharness.protocol.model.Envelope;
import org.imapharness.protocol.response.ContinuationRequest;
import org.imapharness.protocol.response.MalformedResponse;
import org.imapharness.protocol.response.MessageAttribute;
import org.imapharness.protocol.response.Response;
import org.imapharness.protocol.response.ResponseCode;
import org.imapharness.protocol.response.StatusCondition;
import org.imapharness.protocol.response.TaggedResponse;
import org.imapharness.protocol.response.UntaggedResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each {@link Quirk}: accepted and counted by the default parser with the value it stands for,
 * refused by {@link ResponseParser#strict()} and by a parser that allows every other quirk.
 */
class ResponseParserQuirkTest {

    static Stream<Arguments> quirks() {
        BodyStructure png = new BodyStructure.SinglePart("IMAGE", "PNG", List.of(), null, null, "BASE64", 5, null,
                null, null, null);
        return Stream.of(
                arguments(Quirk.MISSING_SPACE_BEFORE_TEXT, "* OK [HIGHESTMODSEQ 9]\r\n",
                        new UntaggedResponse.Status(StatusCondition.OK, new ResponseCode.HighestModSeq(9), "")),
                arguments(Quirk.MISSING_SPACE_BEFORE_TEXT, "* BYE\r\n",
                        new UntaggedResponse.Status(StatusCondition.BYE, null, "")),
                arguments(Quirk.MISSING_SPACE_BEFORE_TEXT, "a6 OK\r\n", new TaggedResponse("a6", StatusCondition.OK, null, "")),
                arguments(Quirk.MISSING_SPACE_BEFORE_TEXT, "+\r\n", new ContinuationRequest(null, "")),
                arguments(Quirk.EMPTY_RESP_TEXT, "* BYE \r\n", new UntaggedResponse.Status(StatusCondition.BYE, null, "")),
                arguments(Quirk.EMPTY_RESP_TEXT, "a1 OK [READ-WRITE] \r\n",
                        new TaggedResponse("a1", StatusCondition.OK, new ResponseCode.ReadWrite(), "")),
                arguments(Quirk.TRAILING_SPACE, "* SEARCH 61 62 63 \r\n", new UntaggedResponse.Search(List.of(61L, 62L, 63L), null)),
                arguments(Quirk.TRAILING_SPACE, "* SEARCH \r\n", new UntaggedResponse.Search(List.of(), null)),
                arguments(Quirk.TRAILING_SPACE, "* STATUS INBOX (MESSAGES 0)  \r\n",
                        new UntaggedResponse.StatusData("INBOX", Map.of(org.imapharness.protocol.model.StatusItem.MESSAGES, 0L))),
                arguments(Quirk.SPACE_BEFORE_CLOSE_PAREN, "* 11487 FETCH (UID 19436 )\r\n",
                        new UntaggedResponse.Fetch(11487, List.of(new MessageAttribute.Uid(19436)))),
                arguments(Quirk.EIGHT_BIT_IN_QUOTED, "* LIST () \"/\" \"Entwürfe\"\r\n",
                        new UntaggedResponse.ListItem(UntaggedResponse.ListItem.Kind.LIST, List.of(), '/', "Entwürfe")),
                arguments(Quirk.EMPTY_ADDRESS_LIST, "* 1 FETCH (ENVELOPE (NIL NIL ((NIL NIL \"a\" \"b\")) NIL NIL () NIL NIL NIL NIL))\r\n",
                        new UntaggedResponse.Fetch(1, List.of(new MessageAttribute.EnvelopeItem(new Envelope(null, null,
                                List.of(new Address(null, null, "a", "b")), null, null, List.of(), null, null, null, null))))),
                arguments(Quirk.EMPTY_PARAMETER_LIST, "* 1 FETCH (BODY (\"IMAGE\" \"PNG\" () NIL NIL \"BASE64\" 5))\r\n",
                        new UntaggedResponse.Fetch(1, List.of(new MessageAttribute.Body(png, false)))),
                arguments(Quirk.NIL_PARAMETER_VALUE, "* 1 FETCH (BODY (\"IMAGE\" \"PNG\" (\"name\" NIL) NIL NIL \"BASE64\" 5))\r\n",
                        new UntaggedResponse.Fetch(1, List.of(new MessageAttribute.Body(new BodyStructure.SinglePart("IMAGE",
                                "PNG", List.of(new Parameter("name", null)), null, null, "BASE64", 5, null, null, null, null),
                                false)))),
                arguments(Quirk.BARE_LINE_FEED, "* 3 EXISTS\n", new UntaggedResponse.Exists(3)),
                arguments(Quirk.BARE_LINE_FEED, "* 1 FETCH (BODY[] {2}\nab)\n",
                        new UntaggedResponse.Fetch(1, List.of(new MessageAttribute.BodySection(
                                org.imapharness.protocol.model.Section.WHOLE, null,
                                org.imapharness.protocol.model.Octets.utf8("ab"))))));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("quirks")
    void acceptedCountedAndRefusedWhenNotAllowed(Quirk quirk, String wire, Response expected) {
        ResponseParser lenient = new ResponseParser();
        assertEquals(expected, ResponseWire.parseValid(lenient, wire));
        assertTrue(lenient.quirks().count(quirk) >= 1, () -> quirk + " counted: " + lenient.quirks());
        assertEquals(Set.of(quirk), lenient.quirks().snapshot().keySet(), "only this quirk");

        Set<Quirk> allOthers = EnumSet.complementOf(EnumSet.of(quirk));
        for (ResponseParser refusing : List.of(ResponseParser.strict(), new ResponseParser(allOthers))) {
            assertInstanceOf(MalformedResponse.class, refusing.parse(ResponseWire.bytes(wire)));
            assertEquals(0, refusing.quirks().total());
        }
    }

    @Test
    void everyQuirkHasAnExampleRuleAndDescription() {
        Set<Quirk> covered = quirks().map(a -> (Quirk) a.get()[0]).collect(Collectors.toSet());
        assertEquals(EnumSet.allOf(Quirk.class), covered);
        for (Quirk q : Quirk.values()) {
            assertTrue(!q.rule().isEmpty() && !q.description().isEmpty(), q::name);
        }
    }

    @Test
    void countsAddUpAcrossResponsesAndPerOccurrence() {
        ResponseParser p = new ResponseParser();
        p.parse(ResponseWire.bytes("* SEARCH 1 \r\n"));
        p.parse(ResponseWire.bytes("* SEARCH 2 \r\n"));
        p.parse(ResponseWire.bytes("* 1 FETCH (ENVELOPE (NIL NIL () () NIL NIL NIL NIL NIL NIL))\r\n"));
        assertEquals(Map.of(Quirk.TRAILING_SPACE, 2L, Quirk.EMPTY_ADDRESS_LIST, 2L), p.quirks().snapshot());
        assertEquals(4, p.quirks().total());
        p.quirks().reset();
        assertEquals(0, p.quirks().total());
    }

    @Test
    void quirksOfAResponseThatFailsLaterAreNotCounted() {
        ResponseParser p = new ResponseParser();
        Response r = p.parse(ResponseWire.bytes("* 1 FETCH (ENVELOPE (NIL NIL () NIL NIL NIL NIL NIL NIL NIL) BOGUS 1)\r\n"));
        assertInstanceOf(MalformedResponse.class, r);
        assertEquals(0, p.quirks().total());
    }

    @Test
    void keywordCaseIsNotAQuirk() {
        ResponseParser p = ResponseParser.strict();
        assertEquals(new UntaggedResponse.Fetch(2, List.of(new MessageAttribute.Uid(5),
                        new MessageAttribute.Flags(List.of("\\seen")))),
                ResponseWire.parseValid(p, "* 2 fetch (uid 5 flags (\\seen))\r\n"));
        assertEquals(0, p.quirks().total());
    }
}

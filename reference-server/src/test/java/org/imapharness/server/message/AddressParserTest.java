package org.imapharness.server.message;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.imapharness.protocol.model.Address;
import org.junit.jupiter.api.Test;

/** RFC 5322 §3.4 address lists into RFC 3501 §7.4.2 address structures. */
class AddressParserTest {

    private static List<Address> parse(String s) {
        return AddressParser.parse(s);
    }

    @Test
    void plainAngleAndQuoted() {
        assertEquals(List.of(new Address(null, null, "a", "b.example")), parse("a@b.example"));
        assertEquals(List.of(new Address("Joe Q. Public", null, "john.q.public", "example.com")),
                parse("\"Joe Q. Public\" <john.q.public@example.com>"));
        assertEquals(List.of(new Address("Joe Q. Public", null, "jqp", "example.com")),
                parse("Joe Q. Public <jqp@example.com>"));
    }

    @Test
    void commentStandsInForMissingName() {
        assertEquals(List.of(new Address("John Doe", null, "jdoe", "example.org")), parse("jdoe@example.org (John Doe)"));
        assertEquals(List.of(new Address("Name", null, "a", "b")), parse("Name <a@b> (ignored comment)"));
    }

    @Test
    void sourceRouteBecomesAdl() {
        assertEquals(List.of(new Address(null, "@relay1.example,@relay2.example", "user", "final.example")),
                parse("<@relay1.example,@relay2.example:user@final.example>"));
    }

    @Test
    void groupsProduceStartAndEndMarkers() {
        assertEquals(List.of(new Address(null, null, "A Group", null), new Address("Ed Jones", null, "c", "a.test"),
                        new Address(null, null, "joe", "where.test"), new Address(null, null, null, null)),
                parse("A Group:Ed Jones <c@a.test>,joe@where.test;"));
        assertEquals(List.of(new Address(null, null, "Empty", null), new Address(null, null, null, null)),
                parse("Empty:;"));
    }

    @Test
    void missingPartsAreFilledLikeDovecot() {
        assertEquals(List.of(new Address(null, null, "localonly", AddressParser.MISSING_DOMAIN)), parse("localonly"));
        assertEquals(List.of(new Address(null, null, AddressParser.MISSING_MAILBOX, "example.com")), parse("<@example.com>"));
        assertEquals(List.of(), parse("<>"));
        assertEquals(List.of(), parse(""));
        assertEquals(List.of(), parse(" , ,"));
    }

    @Test
    void quotedLocalPartAndDomainLiteral() {
        assertEquals(List.of(new Address(null, null, "john doe", "[192.0.2.1]")), parse("\"john doe\"@[192.0.2.1]"));
    }

    @Test
    void encodedWordsStayEncoded() {
        assertEquals("=?UTF-8?Q?J=C3=BCrgen?=", parse("=?UTF-8?Q?J=C3=BCrgen?= <j@example.de>").get(0).name());
    }

    @Test
    void unterminatedConstructsDoNotThrow() {
        assertEquals(1, parse("\"unterminated <a@b>").size() + parse("(comment <a@b>").size()
                + parse("x <a@b").size() - 1);
    }
}

package org.imapharness.server.message;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * ENVELOPE and BODYSTRUCTURE of every corpus message, worked out by hand from RFC 3501 §7.4.2
 * (sizes and line counts counted independently of the parser). Checked against Dovecot 2.3.19,
 * they differ only in letter case (we upper-case types, subtypes, parameter names, encodings)
 * and in one place: for the MESSAGE/RFC822 part of 04 Dovecot reports 462 octets and 19 lines,
 * counting the line break after the inner close delimiter into the part, whereas RFC 2046
 * §5.1.1 attaches that line break to the outer delimiter (460 / 18, what we report).
 */
class CorpusKnownAnswersTest {
    private static final String ALICE = "((\"Alice Example\" NIL \"alice\" \"example.org\"))";
    private static final String PLAIN_ASCII = "(\"TEXT\" \"PLAIN\" (\"CHARSET\" \"US-ASCII\") NIL NIL \"7BIT\" ";

    static Stream<Arguments> envelopes() {
        return Stream.of(
                Arguments.of("01-plain.eml", "(\"Mon, 7 Feb 1994 21:52:25 -0800 (PST)\" \"Lunch on Friday?\" "
                        + ALICE + " " + ALICE + " " + ALICE + " ((NIL NIL \"bob\" \"example.net\")) NIL NIL NIL"
                        + " \"<plain-0001@example.org>\")"),
                Arguments.of("02-mixed-attachment.eml", "(\"Tue, 15 Mar 2022 09:30:00 +0100\" \"Quarterly report\" "
                        + thrice("((\"Carol Sender\" NIL \"carol\" \"example.com\"))")
                        + " ((\"Dave\" NIL \"dave\" \"example.net\")(NIL NIL \"erin\" \"example.net\")) NIL NIL NIL"
                        + " \"<mixed-0002@example.com>\")"),
                Arguments.of("06-encoded-words.eml", "(\"Sat, 14 Jan 2023 10:00:00 +0100\""
                        + " \"=?UTF-8?B?R3LDvMOfZSBhdXMgS8O2bG4=?=\" "
                        + thrice("((\"=?ISO-8859-1?Q?Andr=E9_Pirard?=\" NIL \"andre\" \"example.be\"))")
                        + " ((\"=?UTF-8?B?TWljaGHFgg==?=\" NIL \"michal\" \"example.pl\")) NIL NIL NIL"
                        + " \"<enc-0006@example.be>\")"),
                Arguments.of("08-groups.eml", "(\"Mon, 6 Mar 2023 11:11:11 +0000\" \"Group addresses\" "
                        + thrice("((\"Mallory\" NIL \"mallory\" \"example.com\"))")
                        + " ((NIL NIL \"undisclosed-recipients\" NIL)(NIL NIL NIL NIL))"
                        + " ((NIL NIL \"Project Team\" NIL)(\"Niaj\" NIL \"niaj\" \"example.com\")"
                        + "(NIL NIL \"olivia\" \"example.com\")(NIL NIL NIL NIL)(NIL NIL \"peggy\" \"example.com\"))"
                        + " NIL NIL \"<grp-0008@example.com>\")"),
                Arguments.of("09-missing-date-from.eml",
                        "(NIL \"No date, no sender\" NIL NIL NIL ((NIL NIL \"rupert\" \"example.com\")) NIL NIL NIL NIL)"),
                Arguments.of("10-folded-headers.eml", "(\"Tue, 4 Apr 2023 13:00:00 +0000\""
                        + " \"A subject that is long enough to be folded onto a second line\" "
                        + thrice("((\"Trent\" NIL \"trent\" \"example.com\"))")
                        + " ((\"Sybil\" NIL \"sybil\" \"example.net\")(\"Victor\" NIL \"victor\" \"example.net\"))"
                        + " NIL NIL NIL \"<fold-0010@example.com>\")"),
                Arguments.of("11-reply-sender.eml", "(\"Wed, 17 May 2023 16:30:00 -0700\" \"Re: Budget\""
                        + " ((\"Walter \\\"Walt\\\" White\" NIL \"walter\" \"example.com\"))"
                        + " ((\"Office Secretary\" NIL \"secretary\" \"example.com\"))"
                        + " ((\"Replies\" NIL \"replies\" \"example.com\"))"
                        + " ((\"Xavier, X.\" NIL \"xavier\" \"example.org\"))"
                        + " ((NIL NIL \"yolanda\" \"example.org\"))"
                        + " ((NIL NIL \"zack\" \"example.org\"))"
                        + " \"<budget-0001@example.org>\" \"<reply-0011@example.com>\")"),
                Arguments.of("12-header-only.eml", "(\"Thu, 1 Jun 2023 00:00:00 +0000\" \"\" "
                        + thrice("((NIL NIL \"empty\" \"example.com\"))") + " NIL NIL NIL NIL NIL)"));
    }

    private static String thrice(String s) {
        return s + " " + s + " " + s;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("envelopes")
    void envelope(String file, String expected) {
        assertEquals(expected, ImapForm.envelope(CorpusFixture.message(file).envelope()));
    }

    static Stream<Arguments> structures() {
        String notes = "(\"Wed, 9 Nov 2022 08:15:00 -0500\" \"Meeting notes\" "
                + thrice("((\"Heidi\" NIL \"heidi\" \"example.com\"))")
                + " ((\"Frank\" NIL \"frank\" \"example.org\")) NIL NIL NIL \"<notes-0004@example.com>\")";
        String notesBody = "((\"TEXT\" \"PLAIN\" (\"CHARSET\" \"us-ascii\") NIL NIL \"7BIT\" 22 0 NIL NIL NIL NIL)"
                + "(\"TEXT\" \"CSV\" (\"NAME\" \"actions.csv\" \"CHARSET\" \"US-ASCII\") NIL NIL \"7BIT\" 26 1 NIL"
                + " (\"ATTACHMENT\" (\"FILENAME\" \"actions.csv\")) NIL NIL)"
                + " \"MIXED\" (\"BOUNDARY\" \"inner4\") NIL NIL NIL)";
        return Stream.of(
                Arguments.of("01-plain.eml",
                        "(\"TEXT\" \"PLAIN\" (\"CHARSET\" \"us-ascii\") NIL NIL \"7BIT\" 64 5 NIL NIL NIL NIL)"),
                Arguments.of("02-mixed-attachment.eml",
                        "((\"TEXT\" \"PLAIN\" (\"CHARSET\" \"utf-8\") NIL NIL \"7BIT\" 32 0 NIL NIL NIL NIL)"
                                + "(\"APPLICATION\" \"PDF\" (\"NAME\" \"report.pdf\") NIL NIL \"BASE64\" 750 NIL"
                                + " (\"ATTACHMENT\" (\"FILENAME\" \"report.pdf\")) NIL NIL)"
                                + " \"MIXED\" (\"BOUNDARY\" \"outer-boundary-0002\") NIL NIL NIL)"),
                Arguments.of("03-alternative.eml",
                        "((\"TEXT\" \"PLAIN\" (\"CHARSET\" \"iso-8859-1\") NIL NIL \"QUOTED-PRINTABLE\" 38 0"
                                + " NIL NIL NIL NIL)"
                                + "(\"TEXT\" \"HTML\" (\"CHARSET\" \"iso-8859-1\") NIL NIL \"QUOTED-PRINTABLE\" 78 0"
                                + " NIL NIL NIL NIL)"
                                + " \"ALTERNATIVE\" (\"BOUNDARY\" \"alt3\") NIL NIL NIL)"),
                Arguments.of("04-nested-rfc822.eml",
                        "(" + PLAIN_ASCII + "27 0 NIL NIL NIL NIL)"
                                + "(\"MESSAGE\" \"RFC822\" NIL NIL NIL \"7BIT\" 460 " + notes + " " + notesBody
                                + " 18 NIL (\"INLINE\" NIL) NIL NIL)"
                                + " \"MIXED\" (\"BOUNDARY\" \"fwd4\") NIL NIL NIL)"),
                Arguments.of("05-related-in-mixed.eml",
                        "(((\"TEXT\" \"HTML\" (\"CHARSET\" \"utf-8\") NIL NIL \"7BIT\" 49 0 NIL NIL NIL NIL)"
                                + "(\"IMAGE\" \"PNG\" NIL \"<logo5@example.jp>\" NIL \"BASE64\" 94 NIL NIL NIL NIL)"
                                + " \"RELATED\" (\"BOUNDARY\" \"rel5\" \"TYPE\" \"text/html\") NIL NIL NIL)"
                                + "(\"APPLICATION\" \"OCTET-STREAM\" NIL NIL NIL \"BASE64\" 16 NIL"
                                + " (\"ATTACHMENT\" (\"FILENAME\" \"notes.bin\")) NIL NIL)"
                                + " \"MIXED\" (\"BOUNDARY\" \"mix5\") NIL NIL NIL)"),
                Arguments.of("06-encoded-words.eml",
                        "(\"TEXT\" \"PLAIN\" (\"CHARSET\" \"utf-8\") NIL NIL \"BASE64\" 54 1 NIL NIL NIL NIL)"),
                Arguments.of("07-8bit.eml",
                        "(\"TEXT\" \"PLAIN\" (\"CHARSET\" \"utf-8\") NIL NIL \"8BIT\" 64 2 NIL NIL NIL NIL)"),
                Arguments.of("08-groups.eml", PLAIN_ASCII + "22 1 NIL NIL NIL NIL)"),
                Arguments.of("09-missing-date-from.eml", PLAIN_ASCII + "43 1 NIL NIL NIL NIL)"),
                Arguments.of("12-header-only.eml", PLAIN_ASCII + "0 0 NIL NIL NIL NIL)"),
                Arguments.of("13-digest.eml",
                        "((\"MESSAGE\" \"RFC822\" NIL NIL NIL \"7BIT\" 52 (NIL \"First item\" "
                                + thrice("((NIL NIL \"one\" \"example.org\"))") + " NIL NIL NIL NIL NIL) "
                                + PLAIN_ASCII + "6 0 NIL NIL NIL NIL) 3 NIL NIL NIL NIL)"
                                + "(\"MESSAGE\" \"RFC822\" NIL NIL NIL \"7BIT\" 54 (NIL \"Second item\" "
                                + thrice("((NIL NIL \"two\" \"example.org\"))") + " NIL NIL NIL NIL NIL) "
                                + PLAIN_ASCII + "7 0 NIL NIL NIL NIL) 3 NIL NIL NIL NIL)"
                                + " \"DIGEST\" (\"BOUNDARY\" \"dig13\") NIL NIL NIL)"),
                Arguments.of("14-content-fields.eml",
                        "(\"TEXT\" \"PLAIN\" (\"CHARSET\" \"us-ascii\" \"FORMAT\" \"flowed\") \"<part14@example.nz>\""
                                + " \"A described part\" \"7BIT\" 10 1 \"Q2hlY2sgSW50ZWdyaXR5IQ==\""
                                + " (\"INLINE\" (\"FILENAME\" \"longname.txt\")) (\"en-NZ\" \"mi\")"
                                + " \"https://example.nz/part14\")"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("structures")
    void bodyStructure(String file, String expected) {
        assertEquals(expected, ImapForm.body(CorpusFixture.message(file).bodyStructure()));
    }

    @Test
    void bodyOmitsExtensionData() {
        MessageContent m = CorpusFixture.message("02-mixed-attachment.eml");
        assertEquals("((\"TEXT\" \"PLAIN\" (\"CHARSET\" \"utf-8\") NIL NIL \"7BIT\" 32 0)"
                        + "(\"APPLICATION\" \"PDF\" (\"NAME\" \"report.pdf\") NIL NIL \"BASE64\" 750) \"MIXED\")",
                ImapForm.body(m.body()));
    }

    @Test
    void mainAndTestCorpusCopiesAreIdentical() {
        for (Corpus.Entry e : Corpus.all()) {
            assertArrayEquals(CorpusFixture.bytes(e.name()), e.bytes(), e.name());
        }
        assertEquals(14, Corpus.names().size());
    }

    @Test
    void everyCorpusMessageUsesCrlfOnly() {
        for (Corpus.Entry e : Corpus.all()) {
            byte[] b = e.bytes();
            for (int i = 0; i < b.length; i++) {
                if (b[i] == '\n') {
                    assertEquals('\r', b[i - 1], e.name() + " bare LF at " + i);
                }
            }
        }
    }
}

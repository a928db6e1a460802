package org.imapharness.server.selected;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.imapharness.protocol.model.BodyStructure;
import org.imapharness.protocol.model.BodyStructure.MultiPart;
import org.imapharness.protocol.model.BodyStructure.SinglePart;
import org.imapharness.server.message.Corpus;
import org.imapharness.server.message.MessageContent;
import org.junit.jupiter.api.Test;

/** The wrong BODYSTRUCTURE of the bodystructure-multipart-wrong fault: leaves lifted out of their nesting. */
class FlattenedStructureTest {

    @Test
    void nestedMultipartsBecomeTheirLeaves() {
        BodyStructure right = MessageContent.parse(Corpus.load("05-related-in-mixed.eml")).bodyStructure();
        MultiPart flat = (MultiPart) FlattenedStructure.of(right);
        assertEquals(List.of("TEXT/HTML", "IMAGE/PNG", "APPLICATION/OCTET-STREAM"), types(flat));
        assertEquals("MIXED", flat.subtype());
        assertEquals(((MultiPart) right).extension(), flat.extension(), "only the nesting is wrong");
    }

    @Test
    void anEncapsulatedMessageIsFlattenedToo() {
        String mail = """
                Content-Type: multipart/mixed; boundary=outer

                --outer
                Content-Type: message/rfc822

                Subject: inner
                Content-Type: multipart/mixed; boundary=inner

                --inner
                Content-Type: multipart/alternative; boundary=alt

                --alt
                Content-Type: text/plain

                plain
                --alt
                Content-Type: text/html

                <p>html</p>
                --alt--
                --inner
                Content-Type: image/png

                png
                --inner--
                --outer--
                """.replace("\n", "\r\n");
        BodyStructure right = MessageContent.parse(mail.getBytes(StandardCharsets.US_ASCII)).bodyStructure();
        MultiPart outer = (MultiPart) FlattenedStructure.of(right);
        SinglePart message = assertInstanceOf(SinglePart.class, outer.parts().get(0));
        assertEquals(List.of("TEXT/PLAIN", "TEXT/HTML", "IMAGE/PNG"), types((MultiPart) message.body()));
    }

    @Test
    void aSinglePartMessageIsLeftAlone() {
        BodyStructure plain = MessageContent.parse(Corpus.load("01-plain.eml")).bodyStructure();
        assertEquals(plain, FlattenedStructure.of(plain));
    }

    private static List<String> types(MultiPart m) {
        return m.parts().stream()
                .map(p -> assertInstanceOf(SinglePart.class, p))
                .map(s -> s.type() + "/" + s.subtype())
                .toList();
    }
}

package org.imapharness.scenarios.fuzz;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayList;
import java.util.List;
import org.imapharness.protocol.codec.ResponseParser;
import org.imapharness.protocol.codec.ResponseWriter;
import org.imapharness.protocol.model.Octets;
import org.imapharness.protocol.model.Partial;
import org.imapharness.protocol.model.Printable;
import org.imapharness.protocol.model.Section;
import org.imapharness.protocol.model.Section.Specifier;
import org.imapharness.protocol.response.MessageAttribute;
import org.imapharness.protocol.response.UntaggedResponse;
import org.imapharness.server.message.MessageContent;
import org.imapharness.server.message.MimePart;
import org.junit.jupiter.api.Timeout;

/**
 * Coverage-guided fuzzing of the reference server's message layer, the code every APPEND runs
 * (MIME scanning, header unfolding, address lists, Content-* fields, dates): thousands of times
 * faster than reaching it through {@link ServerPipelineFuzzTest}'s sockets. The contract of
 * {@code org.imapharness.server.message} is that any byte sequence is a message and parsing never
 * throws; on top of that, what FETCH would send for it (ENVELOPE, BODYSTRUCTURE, BODY,
 * RFC822.SIZE) must be writable by {@link ResponseWriter} (else the server answers
 * {@code [SERVERBUG]}) and read back equal by the strict parser, and every section of every part,
 * its decoded form (BINARY) and the SEARCH texts must be computable without an exception.
 */
class MessageContentFuzzTest {
    /** Bounds the sections read per input: a fuzzed message can have thousands of parts. */
    private static final int MAX_PATHS = 64;
    private static final List<Partial> PARTIALS = List.of(new Partial(0, 7L), new Partial(3, null),
            new Partial(Integer.MAX_VALUE, 1L));

    private final ResponseWriter writer = new ResponseWriter();

    @Timeout(value = 10, unit = SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    @FuzzTest(maxDuration = "60s")
    void anyBytesAreAServableMessage(byte[] message) {
        MessageContent content = MessageContent.parse(message);
        assertEquals(message.length, content.size());
        UntaggedResponse.Fetch fetch = new UntaggedResponse.Fetch(1, List.of(
                new MessageAttribute.EnvelopeItem(content.envelope()),
                new MessageAttribute.Body(content.bodyStructure(), true),
                new MessageAttribute.Body(content.body(), false),
                new MessageAttribute.Rfc822Size(content.size())));
        byte[] wire;
        try {
            wire = writer.write(fetch);
        } catch (IllegalArgumentException refused) {
            fail("FETCH of this message cannot be written (" + refused.getMessage() + "): " + show(message));
            return;
        }
        assertEquals(fetch, ResponseParser.strict().parse(wire), () -> "written as " + show(wire));

        for (List<Integer> path : paths(content.root())) {
            readSections(content, path);
            content.decodedPart(path);
        }
        content.sentDate();
        content.decodedHeaderText();
        content.decodedBodyText();
        content.decodedHeaderValues("From");
    }

    private static void readSections(MessageContent content, List<Integer> path) {
        Integer[] p = path.toArray(Integer[]::new);
        List<Section> sections = new ArrayList<>(List.of(Section.of(Specifier.NONE, p), Section.of(Specifier.HEADER, p),
                Section.of(Specifier.TEXT, p), Section.headerFields(false, List.of("From", "Subject"), p),
                Section.headerFields(true, List.of("Received"), p)));
        if (p.length > 0) {
            sections.add(Section.of(Specifier.MIME, p));
        }
        for (Section section : sections) {
            Octets whole = content.section(section, null);
            for (Partial partial : PARTIALS) {
                Octets cut = content.section(section, partial);
                assertTrue((whole == null) == (cut == null) && (cut == null || cut.length() <= whole.length()),
                        () -> section.toWire() + "<" + partial + "> is a piece of " + section.toWire());
            }
        }
    }

    /** Part paths as BODY[section] numbers them: the message, then every part, breadth first. */
    private static List<List<Integer>> paths(MimePart root) {
        List<List<Integer>> out = new ArrayList<>(List.of(List.of()));
        List<PathPart> queue = new ArrayList<>(List.of(new PathPart(List.of(), root)));
        for (int i = 0; i < queue.size() && out.size() < MAX_PATHS; i++) {
            PathPart at = queue.get(i);
            MimePart container = at.part().embedded() != null ? at.part().embedded() : at.part();
            List<MimePart> children = container.isMultipart() ? container.children() : List.of(container);
            for (int n = 1; n <= children.size() && out.size() < MAX_PATHS; n++) {
                List<Integer> path = new ArrayList<>(at.path());
                path.add(n);
                out.add(path);
                if (children.get(n - 1) != at.part()) {
                    queue.add(new PathPart(path, children.get(n - 1)));
                }
            }
        }
        return out;
    }

    private record PathPart(List<Integer> path, MimePart part) {
    }

    private static String show(byte[] bytes) {
        return Printable.preview(bytes, 0, bytes.length, 400);
    }
}

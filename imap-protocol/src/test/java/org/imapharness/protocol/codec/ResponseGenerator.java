package org.imapharness.protocol.codec;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.imapharness.protocol.model.Octets;
import org.imapharness.protocol.model.SequenceSet;
import org.imapharness.protocol.model.StatusItem;
import org.imapharness.protocol.response.ContinuationRequest;
import org.imapharness.protocol.response.ListExtendedItem;
import org.imapharness.protocol.response.MessageAttribute;
import org.imapharness.protocol.response.Response;
import org.imapharness.protocol.response.ResponseCode;
import org.imapharness.protocol.response.StatusCondition;
import org.imapharness.protocol.response.TaggedExtValue;
import org.imapharness.protocol.response.TaggedResponse;
import org.imapharness.protocol.response.UntaggedResponse;
import org.imapharness.protocol.response.UntaggedResponse.ListItem;
import org.imapharness.protocol.response.UntaggedResponse.NamespaceDescriptor;

/**
 * Seeded random {@link Response} values that a server may send: every response kind, every
 * code and msg-att, strings that need each of atom / quoted / literal form. Body structures
 * and envelopes come from {@link ResponseBodyGenerator}. Same seed, same values.
 */
final class ResponseGenerator {
    static final String ATOM_CHARS = "abcXYZ019!#$&'+,-./:;<=>?@^_`|~[";
    static final String TEXT_CHARS = ATOM_CHARS + " ()\"\\]{}%*\t";

    final Random random;
    private final ResponseBodyGenerator bodies;

    ResponseGenerator(long seed) {
        this.random = new Random(seed);
        this.bodies = new ResponseBodyGenerator(this);
    }

    Response next() {
        return switch (random.nextInt(6)) {
            case 0 -> tagged();
            case 1 -> new UntaggedResponse.Status(StatusCondition.values()[random.nextInt(5)], codeOrNull(), text());
            case 2 -> continuation();
            default -> untagged();
        };
    }

    private Response tagged() {
        StatusCondition s = new StatusCondition[] {StatusCondition.OK, StatusCondition.NO, StatusCondition.BAD}[random.nextInt(3)];
        StringBuilder tag = new StringBuilder();
        String chars = "abcXYZ019!#$&'-./:;<=>?@^_`|~[]";
        for (int i = 1 + random.nextInt(8); i > 0; i--) {
            tag.append(chars.charAt(random.nextInt(chars.length())));
        }
        return new TaggedResponse(tag.toString(), s, codeOrNull(), text());
    }

    private Response continuation() {
        if (random.nextInt(4) == 0) {
            return new ContinuationRequest(code(), text());
        }
        return new ContinuationRequest(null, random.nextInt(3) == 0 ? "" : text());
    }

    UntaggedResponse untagged() {
        return switch (random.nextInt(17)) {
            case 0 -> new UntaggedResponse.Capability(capabilities());
            case 1 -> listItem();
            case 2 -> new UntaggedResponse.StatusData(astring(), statusItems());
            case 3 -> {
                List<Long> numbers = list(0, 6, () -> nz());
                yield new UntaggedResponse.Search(numbers, numbers.isEmpty() || random.nextBoolean() ? null : modSeq());
            }
            case 4 -> new UntaggedResponse.Esearch(random.nextBoolean() ? string() : null, random.nextBoolean(),
                    maybe(this::nz), maybe(this::nz), maybe(() -> sequenceSet(true)), maybe(this::number), maybe(this::modSeq));
            case 5 -> new UntaggedResponse.Flags(list(0, 6, () -> flag()));
            case 6 -> new UntaggedResponse.Exists(number());
            case 7 -> new UntaggedResponse.Recent(number());
            case 8 -> new UntaggedResponse.Expunge(nz());
            case 9 -> new UntaggedResponse.Enabled(list(0, 3, this::atom));
            case 10 -> new UntaggedResponse.Namespace(namespaces(), namespaces(), namespaces());
            case 11 -> new UntaggedResponse.Id(random.nextInt(4) == 0 ? null : idParams());
            case 12 -> new UntaggedResponse.Vanished(random.nextBoolean(), sequenceSet(false));
            default -> new UntaggedResponse.Fetch(nz(), list(1, 5, this::messageAttribute));
        };
    }

    private MessageAttribute messageAttribute() {
        return switch (random.nextInt(12)) {
            case 0 -> new MessageAttribute.Flags(list(0, 4, () -> random.nextInt(5) == 0 ? "\\Recent" : flag()));
            case 1 -> new MessageAttribute.InternalDate(dateTime());
            case 2 -> new MessageAttribute.Rfc822Size(number());
            case 3 -> new MessageAttribute.EnvelopeItem(bodies.envelope());
            case 4 -> {
                boolean extensible = random.nextBoolean();
                yield new MessageAttribute.Body(bodies.body(extensible, 1), extensible);
            }
            case 5 -> new MessageAttribute.BodySection(bodies.section(), maybe(this::number), maybe(() -> octets(false)));
            case 6 -> new MessageAttribute.Uid(nz());
            case 7 -> new MessageAttribute.Rfc822(MessageAttribute.Rfc822.Rfc822Part.values()[random.nextInt(3)],
                    maybe(() -> octets(false)));
            case 8 -> new MessageAttribute.ModSeq(modSeq());
            case 9 -> new MessageAttribute.Binary(bodies.part(), maybe(this::number), maybe(() -> octets(true)));
            case 10 -> new MessageAttribute.BinarySize(bodies.part(), number());
            default -> new MessageAttribute.Uid(1);
        };
    }

    ResponseCode codeOrNull() {
        return random.nextInt(3) == 0 ? null : code();
    }

    ResponseCode code() {
        return switch (random.nextInt(19)) {
            case 0 -> new ResponseCode.Alert();
            case 1 -> new ResponseCode.BadCharset(list(0, 3, this::astring));
            case 2 -> new ResponseCode.Capability(capabilities());
            case 3 -> new ResponseCode.Parse();
            case 4 -> new ResponseCode.PermanentFlags(list(0, 4, () -> random.nextInt(4) == 0 ? "\\*" : flag()));
            case 5 -> new ResponseCode.ReadOnly();
            case 6 -> new ResponseCode.ReadWrite();
            case 7 -> new ResponseCode.TryCreate();
            case 8 -> new ResponseCode.UidNext(nz());
            case 9 -> new ResponseCode.UidValidity(nz());
            case 10 -> new ResponseCode.Unseen(nz());
            case 11 -> new ResponseCode.HighestModSeq(modSeq());
            case 12 -> new ResponseCode.NoModSeq();
            case 13 -> new ResponseCode.Modified(sequenceSet(true));
            case 14 -> new ResponseCode.AppendUid(nz(), sequenceSet(false));
            case 15 -> new ResponseCode.CopyUid(nz(), sequenceSet(false), sequenceSet(false));
            case 16 -> new ResponseCode.UidNotSticky();
            case 17 -> new ResponseCode.Closed();
            default -> new ResponseCode.Other("X-" + atom(), random.nextBoolean() ? null : text().replace(']', ')'));
        };
    }

    private List<String> capabilities() {
        List<String> caps = list(0, 4, this::atom);
        caps.add(random.nextInt(caps.size() + 1), random.nextInt(4) == 0 ? "IMAP4rev2" : "IMAP4rev1");
        return caps;
    }

    private ListItem listItem() {
        boolean list = random.nextBoolean();
        Character delimiter = random.nextInt(5) == 0 ? null : "/.\\\"|#".charAt(random.nextInt(6));
        // RFC 5258 §6: only LIST carries extended data.
        List<ListExtendedItem> extended = !list || random.nextBoolean() ? List.of() : list(1, 3, () -> switch (random.nextInt(3)) {
            case 0 -> ListExtendedItem.childInfo(list(1, 2, () -> random.nextBoolean() ? "SUBSCRIBED" : "REMOTE"));
            case 1 -> new ListExtendedItem("X-" + random.nextInt(9), new TaggedExtValue.Simple(random.nextBoolean() ? "7" : "1:3,*"));
            default -> new ListExtendedItem("OLDNAME", new TaggedExtValue.Group(List.of(new TaggedExtValue.Text(astring()))));
        });
        return new ListItem(list ? ListItem.Kind.LIST : ListItem.Kind.LSUB, mailboxAttributes(), delimiter, astring(), extended);
    }

    private List<String> mailboxAttributes() {
        List<String> attributes = list(0, 3, () -> "\\" + atom());
        if (random.nextBoolean()) {
            attributes.add(new String[] {"\\Noselect", "\\Marked", "\\Unmarked"}[random.nextInt(3)]);
        }
        return attributes;
    }

    private Map<StatusItem, Long> statusItems() {
        Map<StatusItem, Long> items = new LinkedHashMap<>();
        for (StatusItem item : StatusItem.values()) {
            if (random.nextBoolean()) {
                items.put(item, item == StatusItem.HIGHESTMODSEQ ? modSeq() : number());
            }
        }
        return items;
    }

    private List<NamespaceDescriptor> namespaces() {
        if (random.nextInt(3) == 0) {
            return null;
        }
        return list(1, 3, () -> {
            Map<String, List<String>> ext = new LinkedHashMap<>();
            for (int i = random.nextInt(3); i > 0; i--) {
                ext.put("X-" + atom(), list(1, 3, this::string));
            }
            return new NamespaceDescriptor(string(), random.nextInt(4) == 0 ? null : "/.".charAt(random.nextInt(2)), ext);
        });
    }

    private Map<String, String> idParams() {
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            params.put(string(), random.nextInt(4) == 0 ? null : string());
        }
        return params;
    }

    String atom() {
        StringBuilder sb = new StringBuilder();
        for (int i = 1 + random.nextInt(8); i > 0; i--) {
            sb.append(ATOM_CHARS.charAt(random.nextInt(ATOM_CHARS.length())));
        }
        return sb.toString();
    }

    String flag() {
        return random.nextBoolean() ? "\\" + atom() : atom();
    }

    /** 1*TEXT-CHAR, never starting with '[' (that would read back as a code). */
    String text() {
        StringBuilder sb = new StringBuilder();
        for (int i = 1 + random.nextInt(20); i > 0; i--) {
            sb.append(TEXT_CHARS.charAt(random.nextInt(TEXT_CHARS.length())));
        }
        return sb.charAt(0) == '[' ? "x" + sb : sb.toString();
    }

    /** Strings that need an atom, quoted or literal form, including empty, escapes, CRLF and UTF-8. */
    String string() {
        String[] pieces = {"a", "Z", " ", "\"", "\\", "]", "(", "{", "é", "☕", "😀", "\r\n", "NIL", "%", "*", "\t", "0"};
        StringBuilder sb = new StringBuilder();
        for (int i = random.nextInt(6); i > 0; i--) {
            sb.append(pieces[random.nextInt(random.nextInt(4) == 0 ? pieces.length : 3)]);
        }
        return sb.toString();
    }

    String astring() {
        return random.nextBoolean() ? atom() : string();
    }

    long number() {
        return random.nextInt(4) == 0 ? ResponseCursor.MAX_NUMBER - random.nextInt(3) : random.nextInt(100_000);
    }

    long nz() {
        return number() == 0 ? 1 : Math.max(1, number());
    }

    long modSeq() {
        return random.nextInt(4) == 0 ? Long.MAX_VALUE - random.nextInt(3) : 1 + random.nextInt(1_000_000);
    }

    SequenceSet sequenceSet(boolean star) {
        return new SequenceSet(list(1, 4, () -> {
            long a = star && random.nextInt(5) == 0 ? SequenceSet.STAR : nz();
            return new SequenceSet.Range(a, random.nextBoolean() ? a : nz());
        }));
    }

    OffsetDateTime dateTime() {
        return OffsetDateTime.of(random.nextInt(10_000), 1 + random.nextInt(12), 1 + random.nextInt(28), random.nextInt(24),
                random.nextInt(60), random.nextInt(60), 0, ZoneOffset.ofTotalSeconds((random.nextInt(36 * 60 + 1) - 18 * 60) * 60));
    }

    Octets octets(boolean nulAllowed) {
        byte[] b = new byte[random.nextInt(3) == 0 ? random.nextInt(2000) : random.nextInt(20)];
        random.nextBytes(b);
        for (int i = 0; i < b.length; i++) {
            if (b[i] == 0 && !nulAllowed) {
                b[i] = 1;
            }
        }
        return Octets.of(b);
    }

    <T> T maybe(Supplier<T> s) {
        return random.nextBoolean() ? s.get() : null;
    }

    <T> List<T> list(int min, int max, Supplier<T> s) {
        List<T> list = new ArrayList<>();
        for (int i = min + random.nextInt(max - min + 1); i > 0; i--) {
            list.add(s.get());
        }
        return list;
    }
}

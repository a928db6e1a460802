package org.imapharness.server.selected;

import java.util.List;
import java.util.Set;
import org.imapharness.protocol.command.FetchAttribute;
import org.imapharness.protocol.model.Octets;
import org.imapharness.protocol.model.Partial;
import org.imapharness.protocol.response.MessageAttribute;
import org.imapharness.server.message.MessageContent;
import org.imapharness.server.message.MimePart;

/**
 * BINARY[part]&lt;partial&gt; and BINARY.SIZE[part] (RFC 3516 §4.1–4.2): a part's content with its
 * Content-Transfer-Encoding undone. {@code BINARY[]} is the whole message, which has no transfer
 * encoding of its own. A part that does not exist is NIL, as for BODY[section].
 */
final class BinaryItems {
    /** The encodings we can undo; the identity ones need nothing (RFC 2045 §6.1). */
    private static final Set<String> KNOWN = Set.of("7BIT", "8BIT", "BINARY", "BASE64", "QUOTED-PRINTABLE");

    private BinaryItems() {
    }

    /**
     * The unknown transfer encoding of the part an item names, or {@code null} when it can be
     * decoded (or does not exist). RFC 3516 §4.3 wants {@code NO [UNKNOWN-CTE]} for the former.
     */
    static String unknownEncoding(FetchAttribute item, MessageContent content) {
        List<Integer> path;
        if (item instanceof FetchAttribute.Binary b) {
            path = b.part();
        } else if (item instanceof FetchAttribute.BinarySize b) {
            path = b.part();
        } else {
            return null;
        }
        if (path.isEmpty()) {
            return null;
        }
        MimePart part = content.part(path);
        return part == null || KNOWN.contains(part.encoding()) ? null : part.encoding();
    }

    static MessageAttribute binary(FetchAttribute.Binary b, MessageContent content) {
        Octets data = decoded(b.part(), content);
        Partial partial = b.partial();
        if (data == null || partial == null) {
            return new MessageAttribute.Binary(b.part(), null, data);
        }
        int from = (int) Math.min(partial.offset(), data.length());
        long count = partial.count() == null ? data.length() : partial.count();
        int to = (int) Math.min(data.length(), from + count);
        return new MessageAttribute.Binary(b.part(), partial.offset(), Octets.of(data.toByteArray(), from, to));
    }

    /** BINARY.SIZE of a missing part is 0: the grammar has no NIL for it (RFC 3516 §4.2). */
    static MessageAttribute size(FetchAttribute.BinarySize b, MessageContent content) {
        Octets data = decoded(b.part(), content);
        return new MessageAttribute.BinarySize(b.part(), data == null ? 0 : data.length());
    }

    private static Octets decoded(List<Integer> path, MessageContent content) {
        return path.isEmpty() ? content.raw() : content.decodedPart(path);
    }
}

package org.imapharness.server.selected;

import java.util.List;
import org.imapharness.protocol.command.FetchAttribute;
import org.imapharness.protocol.model.Envelope;
import org.imapharness.protocol.model.Octets;
import org.imapharness.protocol.model.Partial;
import org.imapharness.protocol.model.Section;
import org.imapharness.protocol.response.MessageAttribute;
import org.imapharness.protocol.response.MessageAttribute.Rfc822.Rfc822Part;
import org.imapharness.server.fault.Fault;
import org.imapharness.server.fault.FaultSet;
import org.imapharness.server.message.HeaderBlock;
import org.imapharness.server.message.MessageContent;
import org.imapharness.server.store.MessageRef;

/**
 * One requested FETCH data item of one message turned into its response item (RFC 3501 §6.4.5
 * for the request, §7.4.2 for the reply; MODSEQ RFC 7162 §3.1.4; BINARY RFC 3516 §4.2).
 */
final class FetchItems {
    private FetchItems() {
    }

    /** True for the items whose non-PEEK form sets \Seen (§6.4.5); with peek-sets-seen, PEEK too. */
    static boolean setsSeen(FetchAttribute item, FaultSet faults) {
        boolean peekIgnored = faults.has(Fault.PEEK_SETS_SEEN);
        if (item instanceof FetchAttribute.BodySection b) {
            return !b.peek() || peekIgnored;
        } else if (item instanceof FetchAttribute.Binary b) {
            return !b.peek() || peekIgnored;
        }
        return item == FetchAttribute.Simple.RFC822 || item == FetchAttribute.Simple.RFC822_TEXT;
    }

    static MessageAttribute item(FetchAttribute item, MessageRef ref, FaultSet faults) {
        MessageContent content = ref.message().content();
        if (item instanceof FetchAttribute.Simple s) {
            return simple(s, ref, faults);
        } else if (item instanceof FetchAttribute.BodySection b) {
            return bodySection(b, content, faults);
        } else if (item instanceof FetchAttribute.Binary b) {
            return BinaryItems.binary(b, content);
        } else if (item instanceof FetchAttribute.BinarySize b) {
            return faults.has(Fault.BINARY_SIZE_ENCODED) && !b.part().isEmpty()
                    ? new MessageAttribute.BinarySize(b.part(), encodedSize(content, b.part()))
                    : BinaryItems.size(b, content);
        }
        throw new IllegalArgumentException("unknown FETCH item " + item);
    }

    private static MessageAttribute simple(FetchAttribute.Simple item, MessageRef ref, FaultSet faults) {
        MessageContent content = ref.message().content();
        return switch (item) {
            case FLAGS -> new MessageAttribute.Flags(ref.wireFlags());
            case INTERNALDATE -> new MessageAttribute.InternalDate(ref.message().internalDate());
            case RFC822_SIZE -> new MessageAttribute.Rfc822Size(faults.has(Fault.RFC822_SIZE_BARE_LF)
                    ? content.size() - crlfCount(content.toByteArray()) : content.size());
            case ENVELOPE -> new MessageAttribute.EnvelopeItem(faults.has(Fault.ENVELOPE_SENDER_NOT_DEFAULTED)
                    ? undefaulted(content) : content.envelope());
            case BODY -> new MessageAttribute.Body(LineCountFault.apply(content.body(), faults), false);
            case BODYSTRUCTURE -> new MessageAttribute.Body(LineCountFault.apply(
                    faults.has(Fault.BODYSTRUCTURE_MULTIPART_WRONG) ? FlattenedStructure.of(content.bodyStructure())
                            : content.bodyStructure(), faults), true);
            case UID -> new MessageAttribute.Uid(ref.uid());
            case MODSEQ -> new MessageAttribute.ModSeq(ref.message().modSeq());
            // RFC822, RFC822.HEADER and RFC822.TEXT are BODY[], BODY.PEEK[HEADER] and BODY[TEXT] (§6.4.5).
            case RFC822 -> new MessageAttribute.Rfc822(Rfc822Part.WHOLE,
                    Char8Data.of(content.section(Section.WHOLE, null)));
            case RFC822_HEADER -> new MessageAttribute.Rfc822(Rfc822Part.HEADER,
                    Char8Data.of(content.section(Section.of(Section.Specifier.HEADER), null)));
            case RFC822_TEXT -> new MessageAttribute.Rfc822(Rfc822Part.TEXT,
                    Char8Data.of(section(content, Section.of(Section.Specifier.TEXT), null, faults)));
        };
    }

    /** The envelope of envelope-sender-not-defaulted: absent Sender and Reply-To stay NIL (§7.4.2). */
    private static Envelope undefaulted(MessageContent content) {
        Envelope e = content.envelope();
        HeaderBlock header = content.header();
        return new Envelope(e.date(), e.subject(), e.from(), header.contains("Sender") ? e.sender() : null,
                header.contains("Reply-To") ? e.replyTo() : null, e.to(), e.cc(), e.bcc(), e.inReplyTo(),
                e.messageId());
    }

    /** The size binary-size-encoded reports: the part's body still transfer-encoded, as BODY[part] gives it. */
    private static long encodedSize(MessageContent content, List<Integer> part) {
        Octets stored = content.section(new Section(part, Section.Specifier.NONE, List.of()), null);
        return stored == null ? 0 : stored.length();
    }

    /** The octets rfc822-size-bare-lf leaves uncounted: the CR of every CRLF. */
    private static int crlfCount(byte[] bytes) {
        int n = 0;
        for (int i = 1; i < bytes.length; i++) {
            if (bytes[i] == '\n' && bytes[i - 1] == '\r') {
                n++;
            }
        }
        return n;
    }

    private static Octets section(MessageContent content, Section section, Partial partial, FaultSet faults) {
        return SectionFaults.any(faults) ? SectionFaults.section(content, section, partial, faults)
                : content.section(section, partial);
    }

    /** BODY[section]&lt;origin.count&gt;; the reply names BODY even for BODY.PEEK (§7.4.2); no NUL ({@link Char8Data}). */
    private static MessageAttribute bodySection(FetchAttribute.BodySection b, MessageContent content,
                                                FaultSet faults) {
        Partial partial = b.partial();
        Long origin = partial == null ? null : partial.offset();
        if (partial != null && faults.has(Fault.PARTIAL_OFF_BY_ONE)) {
            partial = new Partial(Math.min(partial.offset() + 1, Integer.MAX_VALUE), partial.count());
        }
        return new MessageAttribute.BodySection(b.section(), origin,
                Char8Data.of(section(content, b.section(), partial, faults)));
    }
}

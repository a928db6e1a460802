package org.imapharness.server.message;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.imapharness.protocol.model.BodyStructure;
import org.imapharness.protocol.model.Envelope;
import org.imapharness.protocol.model.Octets;
import org.imapharness.protocol.model.Partial;
import org.imapharness.protocol.model.Section;

/**
 * An immutable message as APPEND received it, parsed once: the raw octets (sent back verbatim by
 * FETCH), RFC822.SIZE, ENVELOPE, BODYSTRUCTURE, BODY and the MIME tree behind BODY[section].
 * Any byte sequence is a message: parsing never fails, malformed MIME degrades (see
 * {@link MimeScanner}). Thread-safe by immutability.
 */
public final class MessageContent {
    private final byte[] bytes;
    private final MimePart root;
    private final Envelope envelope;
    private final BodyStructure bodyStructure;
    private final BodyStructure body;

    private MessageContent(byte[] bytes) {
        this.bytes = bytes;
        this.root = MimeScanner.scan(bytes);
        this.envelope = EnvelopeBuilder.build(root.header());
        this.bodyStructure = BodyStructureBuilder.build(root, true);
        this.body = BodyStructureBuilder.build(root, false);
    }

    public static MessageContent parse(byte[] bytes) {
        return new MessageContent(bytes.clone());
    }

    public static MessageContent parse(Octets octets) {
        return new MessageContent(octets.toByteArray());
    }

    /** RFC822.SIZE: the exact number of octets FETCH BODY[] returns. */
    public int size() {
        return bytes.length;
    }

    public Octets raw() {
        return Octets.of(bytes);
    }

    /** A copy of the raw bytes. */
    public byte[] toByteArray() {
        return bytes.clone();
    }

    public Envelope envelope() {
        return envelope;
    }

    public BodyStructure bodyStructure() {
        return bodyStructure;
    }

    /** BODY: the structure without extension data. */
    public BodyStructure body() {
        return body;
    }

    /** The MIME tree (offsets into {@link #raw()}). */
    public MimePart root() {
        return root;
    }

    public HeaderBlock header() {
        return root.header();
    }

    /**
     * BODY[section]&lt;partial&gt;, or {@code null} (send NIL) when the section names no part.
     * RFC822 is {@link Section#WHOLE}, RFC822.HEADER is HEADER and RFC822.TEXT is TEXT.
     */
    public Octets section(Section section, Partial partial) {
        return SectionReader.read(bytes, root, section, partial);
    }

    /** The part a section path names ({@code []} = the message), or {@code null}. */
    public MimePart part(List<Integer> path) {
        return SectionReader.resolve(root, path);
    }

    /** The calendar date of the Date: header for SENT* search keys. */
    public Optional<LocalDate> sentDate() {
        return SentDate.parse(root.header().value("Date"));
    }

    /** Every value of a top-level header field, unfolded and RFC 2047 decoded, for SEARCH. */
    public List<String> decodedHeaderValues(String name) {
        List<String> out = new ArrayList<>();
        for (String v : root.header().values(name)) {
            out.add(HeaderText.decodeEncodedWords(v));
        }
        return out;
    }

    /** The top-level header as decoded text, for SEARCH TEXT. */
    public String decodedHeaderText() {
        return SearchableText.headers(root.header());
    }

    /** The decoded text of the body's text parts, for SEARCH BODY / TEXT. */
    public String decodedBodyText() {
        return SearchableText.body(bytes, root);
    }

    /** A part's body with its transfer encoding undone (BINARY, RFC 3516); {@code null} if absent. */
    public Octets decodedPart(List<Integer> path) {
        MimePart part = part(path);
        return part == null ? null : Octets.of(SearchableText.decode(bytes, part));
    }
}

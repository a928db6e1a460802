package org.imapharness.server.message;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.imapharness.protocol.model.BodyStructure;
import org.imapharness.protocol.model.BodyStructure.Disposition;
import org.imapharness.protocol.model.BodyStructure.Extension;
import org.imapharness.protocol.model.BodyStructure.MultiPart;
import org.imapharness.protocol.model.BodyStructure.Parameter;
import org.imapharness.protocol.model.BodyStructure.SinglePart;

/**
 * BODY and BODYSTRUCTURE from a {@link MimePart} tree (RFC 3501 §7.4.2). Types, subtypes,
 * parameter names, encodings and disposition types are upper-cased; values stay as sent. A TEXT
 * part without a charset parameter reports {@code CHARSET US-ASCII} after its other parameters
 * (RFC 2045 §5.2 default; same place as Dovecot). Extension data is always sent in full ({@code present = 4}), MD5 being the
 * Content-MD5 value or NIL.
 */
public final class BodyStructureBuilder {
    private BodyStructureBuilder() {
    }

    public static BodyStructure build(MimePart part, boolean extensible) {
        if (part.isMultipart()) {
            List<BodyStructure> children = new ArrayList<>();
            for (MimePart child : part.children()) {
                children.add(build(child, extensible));
            }
            Extension ext = extensible
                    ? extension(null, part.contentType().parameters(), part.header())
                    : null;
            return new MultiPart(children, part.contentType().subtype(), ext);
        }
        ContentType type = part.contentType();
        HeaderBlock h = part.header();
        boolean message = part.embedded() != null;
        Long lines = type.isText() || message ? part.lines() : null;
        return new SinglePart(
                type.type(),
                type.subtype(),
                parameters(type),
                h.value("Content-ID"),
                h.value("Content-Description"),
                part.encoding(),
                part.bodySize(),
                lines,
                message ? EnvelopeBuilder.build(part.embedded().header()) : null,
                message ? build(part.embedded(), extensible) : null,
                extensible ? extension(h.value("Content-MD5"), List.of(), h) : null);
    }

    private static List<Parameter> parameters(ContentType type) {
        if (!type.isText() || type.parameter("CHARSET") != null) {
            return type.parameters();
        }
        List<Parameter> withCharset = new ArrayList<>(type.parameters());
        withCharset.add(new Parameter("CHARSET", "US-ASCII"));
        return withCharset;
    }

    private static Extension extension(String md5, List<Parameter> params, HeaderBlock h) {
        return new Extension(md5, params, disposition(h), language(h), h.value("Content-Location"),
                List.of(), 4);
    }

    private static Disposition disposition(HeaderBlock h) {
        String value = h.value("Content-Disposition");
        if (value == null) {
            return null;
        }
        String type = MimeParameters.mainValue("Content-Disposition", value);
        if (type.isEmpty()) {
            return null;
        }
        return new Disposition(type.toUpperCase(Locale.ROOT),
                MimeParameters.parameters("Content-Disposition", value));
    }

    /** Content-Language (RFC 3282): comma-separated tags; NIL when absent or empty. */
    private static List<String> language(HeaderBlock h) {
        String value = h.value("Content-Language");
        if (value == null) {
            return null;
        }
        List<String> tags = new ArrayList<>();
        for (String tag : value.split(",")) {
            String t = tag.trim();
            if (!t.isEmpty()) {
                tags.add(t);
            }
        }
        return tags.isEmpty() ? null : tags;
    }
}

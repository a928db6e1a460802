package org.imapharness.protocol.model;

import java.util.List;

/**
 * BODY / BODYSTRUCTURE (RFC 3501 §7.4.2, {@code body} in §9): a tree of single parts and
 * multiparts. BODY (non-extensible) is the same tree with {@code extension == null}
 * everywhere.
 */
public sealed interface BodyStructure permits BodyStructure.SinglePart, BodyStructure.MultiPart {

    /** Media type, e.g. {@code TEXT}; the multipart kind reports {@code MULTIPART}. */
    String type();

    String subtype();

    /**
     * {@code body-type-1part}. {@code lines} is set for TEXT/* and MESSAGE/RFC822 parts;
     * {@code envelope} and {@code body} only for MESSAGE/RFC822. Parameters: an empty
     * list stands for NIL (the grammar has no empty parenthesised list).
     */
    record SinglePart(
            String type,
            String subtype,
            List<Parameter> parameters,
            String id,
            String description,
            String encoding,
            long size,
            Long lines,
            Envelope envelope,
            BodyStructure body,
            Extension extension) implements BodyStructure {

        public SinglePart {
            parameters = List.copyOf(parameters);
            if ((envelope == null) != (body == null)) {
                throw new IllegalArgumentException("message/rfc822 needs both envelope and body");
            }
        }

        public boolean isMessage() {
            return envelope != null;
        }
    }

    /** {@code body-type-mpart}: one or more parts and the multipart subtype. */
    record MultiPart(List<BodyStructure> parts, String subtype, Extension extension) implements BodyStructure {
        public MultiPart {
            parts = List.copyOf(parts);
            if (parts.isEmpty()) {
                throw new IllegalArgumentException("a multipart has at least one part");
            }
        }

        @Override
        public String type() {
            return "MULTIPART";
        }
    }

    /** A {@code body-fld-param} attribute/value pair. */
    record Parameter(String name, String value) {
    }

    /** {@code body-fld-dsp}: disposition type and its parameters (empty for NIL). */
    record Disposition(String type, List<Parameter> parameters) {
        public Disposition {
            parameters = List.copyOf(parameters);
        }
    }

    /**
     * Extension data ({@code body-ext-1part} / {@code body-ext-mpart}). The fields are
     * positional on the wire, so {@code present} says how many of the leading ones were sent:
     * 1 = md5 (single part) or parameters (multipart) only, 2 = + disposition, 3 = + language,
     * 4 = + location; {@code extra} ({@code body-extension}s) may follow only when 4.
     * {@code language} is {@code null} for NIL.
     */
    record Extension(
            String md5,
            List<Parameter> parameters,
            Disposition disposition,
            List<String> language,
            String location,
            List<ExtensionValue> extra,
            int present) {

        public Extension {
            parameters = List.copyOf(parameters);
            language = language == null ? null : List.copyOf(language);
            extra = List.copyOf(extra);
            if (present < 1 || present > 4) {
                throw new IllegalArgumentException("present must be 1..4: " + present);
            }
            if (!extra.isEmpty() && present != 4) {
                throw new IllegalArgumentException("body-extension values follow only after location");
            }
        }
    }

    /** {@code body-extension}: a nstring, a number, or a parenthesised list of them. */
    sealed interface ExtensionValue permits ExtensionValue.Text, ExtensionValue.Number, ExtensionValue.Values {
        /** A nstring; {@code null} value for NIL. */
        record Text(String value) implements ExtensionValue {
        }

        record Number(long value) implements ExtensionValue {
        }

        record Values(List<ExtensionValue> values) implements ExtensionValue {
            public Values {
                values = List.copyOf(values);
            }
        }
    }
}

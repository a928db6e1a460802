package org.imapharness.protocol.model;

import java.util.List;
import java.util.Locale;

/**
 * A body section specifier (RFC 3501 §6.4.5, {@code section} in §9): a part path such as
 * {@code 1.2} and an optional text part ({@code HEADER}, {@code HEADER.FIELDS (..)},
 * {@code HEADER.FIELDS.NOT (..)}, {@code TEXT}, {@code MIME}). The empty section ({@code []})
 * is the whole message.
 */
public record Section(List<Integer> part, Specifier specifier, List<String> fields) {

    public static final Section WHOLE = new Section(List.of(), Specifier.NONE, List.of());

    public enum Specifier {
        NONE(""), HEADER("HEADER"), HEADER_FIELDS("HEADER.FIELDS"), HEADER_FIELDS_NOT("HEADER.FIELDS.NOT"),
        TEXT("TEXT"), MIME("MIME");

        private final String wire;

        Specifier(String wire) {
            this.wire = wire;
        }

        public String wire() {
            return wire;
        }

        public boolean hasFields() {
            return this == HEADER_FIELDS || this == HEADER_FIELDS_NOT;
        }
    }

    public Section {
        part = List.copyOf(part);
        fields = List.copyOf(fields);
        for (int p : part) {
            if (p < 1) {
                throw new IllegalArgumentException("section part numbers are nz-numbers: " + p);
            }
        }
        if (specifier.hasFields() == fields.isEmpty()) {
            throw new IllegalArgumentException(specifier + " and fields " + fields + " do not go together");
        }
        if (specifier == Specifier.MIME && part.isEmpty()) {
            throw new IllegalArgumentException("MIME needs a part number (RFC 3501 §6.4.5)");
        }
    }

    public static Section of(Specifier specifier, Integer... part) {
        return new Section(List.of(part), specifier, List.of());
    }

    public static Section headerFields(boolean not, List<String> fields, Integer... part) {
        return new Section(List.of(part), not ? Specifier.HEADER_FIELDS_NOT : Specifier.HEADER_FIELDS, fields);
    }

    /** The text between the brackets, e.g. {@code 1.2.HEADER.FIELDS (From To)}. */
    public String toWire() {
        StringBuilder sb = new StringBuilder();
        for (int p : part) {
            if (!sb.isEmpty()) {
                sb.append('.');
            }
            sb.append(p);
        }
        if (specifier != Specifier.NONE) {
            if (!sb.isEmpty()) {
                sb.append('.');
            }
            sb.append(specifier.wire());
        }
        if (specifier.hasFields()) {
            sb.append(" (").append(String.join(" ", fields)).append(')');
        }
        return sb.toString();
    }

    /** Case-insensitive comparison of header field names, as servers must apply. */
    public boolean matchesField(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return fields.stream().anyMatch(f -> f.toLowerCase(Locale.ROOT).equals(lower));
    }
}

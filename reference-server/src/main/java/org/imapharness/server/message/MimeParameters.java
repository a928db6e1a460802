package org.imapharness.server.message;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.james.mime4j.stream.NameValuePair;
import org.apache.james.mime4j.stream.RawBody;
import org.apache.james.mime4j.stream.RawField;
import org.apache.james.mime4j.stream.RawFieldParser;
import org.imapharness.protocol.model.BodyStructure.Parameter;

/**
 * Parses structured MIME field bodies ({@code value; name=value; ...}) with mime4j's lenient
 * {@link RawFieldParser}, which handles quoting and comments. Names come out upper-cased, values
 * as sent, in header order. RFC 2231 continuations ({@code name*0}, {@code name*1*}) are joined
 * into one parameter named {@code NAME} or, when the first segment is charset-encoded,
 * {@code NAME*}, with the value left encoded, as Dovecot reports them.
 */
final class MimeParameters {
    private MimeParameters() {
    }

    /** The field's main value (e.g. {@code text/plain}), trimmed; empty when there is none. */
    static String mainValue(String fieldName, String unfolded) {
        String value = parse(fieldName, unfolded).getValue();
        return value == null ? "" : value.trim();
    }

    static List<Parameter> parameters(String fieldName, String unfolded) {
        List<Parameter> raw = new ArrayList<>();
        for (NameValuePair p : parse(fieldName, unfolded).getParams()) {
            if (p.getName() != null && !p.getName().isBlank() && p.getValue() != null) {
                raw.add(new Parameter(p.getName().trim().toUpperCase(Locale.ROOT), p.getValue()));
            }
        }
        return joinContinuations(raw);
    }

    private static RawBody parse(String fieldName, String unfolded) {
        return RawFieldParser.DEFAULT.parseRawBody(new RawField(fieldName, unfolded));
    }

    private static List<Parameter> joinContinuations(List<Parameter> raw) {
        Map<String, Object> merged = new LinkedHashMap<>();
        for (Parameter p : raw) {
            Segment s = Segment.of(p.name());
            if (s == null) {
                merged.putIfAbsent(p.name(), p.value());
                continue;
            }
            Object slot = merged.computeIfAbsent("*" + s.base, k -> new TreeMap<Integer, Parameter>());
            if (slot instanceof TreeMap<?, ?> map) {
                @SuppressWarnings("unchecked")
                TreeMap<Integer, Parameter> segments = (TreeMap<Integer, Parameter>) map;
                segments.putIfAbsent(s.index, new Parameter(s.encoded ? "*" : "", p.value()));
            }
        }
        List<Parameter> out = new ArrayList<>();
        merged.forEach((key, slot) -> {
            if (slot instanceof String value) {
                out.add(new Parameter(key, value));
            } else {
                @SuppressWarnings("unchecked")
                TreeMap<Integer, Parameter> segments = (TreeMap<Integer, Parameter>) slot;
                StringBuilder value = new StringBuilder();
                segments.values().forEach(seg -> value.append(seg.value()));
                String suffix = segments.firstEntry().getValue().name();
                out.add(new Parameter(key.substring(1) + suffix, value.toString()));
            }
        });
        return out;
    }

    /** {@code base*index} or {@code base*index*}; a lone {@code base*} counts as segment 0. */
    private record Segment(String base, int index, boolean encoded) {
        static Segment of(String name) {
            int star = name.indexOf('*');
            if (star <= 0) {
                return null;
            }
            String base = name.substring(0, star);
            String rest = name.substring(star + 1);
            boolean encoded = rest.endsWith("*") || rest.isEmpty();
            String digits = rest.endsWith("*") ? rest.substring(0, rest.length() - 1) : rest;
            if (digits.isEmpty()) {
                return new Segment(base, 0, encoded);
            }
            if (!digits.chars().allMatch(Character::isDigit) || digits.length() > 4) {
                return null;
            }
            return new Segment(base, Integer.parseInt(digits), encoded);
        }
    }
}

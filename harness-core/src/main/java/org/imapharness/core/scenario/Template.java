package org.imapharness.core.scenario;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Text as written in a scenario, with {@code $variable} references that are filled in at run
 * time. {@code $$} in the source is a plain dollar sign and is already resolved here.
 *
 * @param parts fixed text and variable references, in order
 */
public record Template(List<Part> parts) {

    /** A piece of a template. */
    public sealed interface Part {
        /** Text used as written. */
        record Fixed(String text) implements Part {
            public Fixed {
                Objects.requireNonNull(text, "text");
            }
        }

        /** A {@code $name} reference. */
        record Variable(String name) implements Part {
            public Variable {
                Objects.requireNonNull(name, "name");
            }
        }
    }

    public Template {
        parts = List.copyOf(parts);
    }

    /**
     * The character that stands for the raw byte {@code b} (0x80..0xFF) written {@code \xHH}.
     * Lone low surrogates never occur in decoded text, so they can carry bytes that are not
     * UTF-8 (the "surrogateescape" convention); {@link #encode} turns them back into bytes.
     */
    public static char rawByte(int b) {
        return b < 0x80 ? (char) b : (char) (0xDC00 + b);
    }

    /** Rendered template text as wire bytes: UTF-8, except {@link #rawByte} characters, which are single bytes. */
    public static byte[] encode(String rendered) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(rendered.length() + 8);
        int from = 0;
        for (int i = 0; i < rendered.length(); i++) {
            char c = rendered.charAt(i);
            if (c >= 0xDC80 && c <= 0xDCFF) {
                out.writeBytes(rendered.substring(from, i).getBytes(StandardCharsets.UTF_8));
                out.write(c - 0xDC00);
                from = i + 1;
            }
        }
        out.writeBytes(rendered.substring(from).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    public static Template of(String fixed) {
        return new Template(fixed.isEmpty() ? List.of() : List.of(new Part.Fixed(fixed)));
    }

    /** The names referenced, in order of appearance (repeats included). */
    public List<String> variables() {
        List<String> names = new ArrayList<>();
        for (Part p : parts) {
            if (p instanceof Part.Variable v) {
                names.add(v.name());
            }
        }
        return names;
    }

    /** True when the template is exactly one variable reference, e.g. {@code $uidnext}. */
    public boolean isSingleVariable() {
        return parts.size() == 1 && parts.get(0) instanceof Part.Variable;
    }

    /** The text with every variable replaced by {@code values.apply(name)}. */
    public String render(Function<String, String> values) {
        StringBuilder sb = new StringBuilder();
        for (Part p : parts) {
            if (p instanceof Part.Fixed f) {
                sb.append(f.text());
            } else if (p instanceof Part.Variable v) {
                sb.append(values.apply(v.name()));
            }
        }
        return sb.toString();
    }

    /** The source form: variables as {@code ${name}}, dollar signs doubled. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (Part p : parts) {
            if (p instanceof Part.Fixed f) {
                sb.append(f.text().replace("$", "$$"));
            } else if (p instanceof Part.Variable v) {
                sb.append("${").append(v.name()).append('}');
            }
        }
        return sb.toString();
    }
}

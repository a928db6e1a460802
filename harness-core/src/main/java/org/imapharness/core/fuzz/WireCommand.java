package org.imapharness.core.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * A generated command, as parts (see {@link Part}) after its tag; rendering adds the tag, the
 * SP, the string forms and the final CRLF. Synchronizing literals cut the bytes into
 * {@link #segments()}: the sender waits for {@code +} after each one but the last (RFC 3501 §7.5).
 *
 * @param tag      the tag; generators never mutate it, so every answer can be attributed
 * @param parts    what follows {@code tag SP}
 * @param family   the command name as generated ({@code FETCH}, {@code UID SEARCH}), for reports
 * @param readOnly whether sending it twice gives the same answer (no state change): only such
 *                 commands take part in the equivalence checks
 * @param mutation how a near-valid command differs from its valid origin; {@code null} when valid
 */
public record WireCommand(String tag, List<Part> parts, String family, boolean readOnly, String mutation) {
    private static final byte[] CRLF = {'\r', '\n'};

    public WireCommand {
        Objects.requireNonNull(tag, "tag");
        parts = List.copyOf(parts);
        Objects.requireNonNull(family, "family");
    }

    public boolean valid() {
        return mutation == null;
    }

    /** The whole command as sent, announcements and literal data inline. */
    public byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        segments().forEach(out::writeBytes);
        return out.toByteArray();
    }

    /** The bytes, cut after each synchronizing literal's announcement. */
    public List<byte[]> segments() {
        List<byte[]> segments = new ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes((tag + " ").getBytes(StandardCharsets.US_ASCII));
        for (Part p : parts) {
            if (p instanceof Part.Text t) {
                out.writeBytes(t.ascii().getBytes(StandardCharsets.US_ASCII));
            } else if (p instanceof Part.Keyword k) {
                out.writeBytes(k.name().getBytes(StandardCharsets.US_ASCII));
            } else if (p instanceof Part.Raw r) {
                out.writeBytes(r.bytes());
            } else if (p instanceof Part.Str s) {
                if (s.form() == Part.Form.ATOM) {
                    out.writeBytes(s.value());
                } else if (s.form() == Part.Form.QUOTED) {
                    quoted(out, s.value());
                } else {
                    boolean sync = s.form() == Part.Form.LITERAL;
                    String announce = (s.slot() == Part.Slot.BINARY ? "~{" : "{") + s.value().length
                            + (sync ? "}" : "+}");
                    out.writeBytes(announce.getBytes(StandardCharsets.US_ASCII));
                    out.writeBytes(CRLF);
                    if (sync) {
                        segments.add(out.toByteArray());
                        out.reset();
                    }
                    out.writeBytes(s.value());
                }
            }
        }
        out.writeBytes(CRLF);
        segments.add(out.toByteArray());
        return segments;
    }

    public boolean hasSyncLiteral() {
        return parts.stream().anyMatch(p -> p instanceof Part.Str s && s.form() == Part.Form.LITERAL);
    }

    public boolean hasStrings() {
        return parts.stream().anyMatch(p -> p instanceof Part.Str);
    }

    /** The same command with every string rewritten by {@code form} (which must keep it valid). */
    public WireCommand mapStrings(UnaryOperator<Part.Str> form) {
        List<Part> out = new ArrayList<>(parts.size());
        for (Part p : parts) {
            out.add(p instanceof Part.Str s ? form.apply(s) : p);
        }
        return new WireCommand(tag, out, family, readOnly, mutation);
    }

    /** The same command with keywords in another letter case. */
    public WireCommand withCase(Part.CaseStyle style) {
        List<Part> out = new ArrayList<>(parts.size());
        for (Part p : parts) {
            out.add(p instanceof Part.Keyword k ? k.withCase(style) : p);
        }
        return new WireCommand(tag, out, family, readOnly, mutation);
    }

    public WireCommand withTag(String other) {
        return new WireCommand(other, parts, family, readOnly, mutation);
    }

    /**
     * What to send when the server asks for more with {@code +} outside a literal: IDLE ends with
     * DONE (RFC 2177), an AUTHENTICATE exchange is cancelled with {@code *} (RFC 3501 §6.2.2);
     * {@code null} when a {@code +} is not expected at all.
     */
    public byte[] continuationAnswer() {
        return switch (family) {
            case "IDLE" -> "DONE\r\n".getBytes(StandardCharsets.US_ASCII);
            case "AUTHENTICATE" -> "*\r\n".getBytes(StandardCharsets.US_ASCII);
            default -> null;
        };
    }

    private static void quoted(ByteArrayOutputStream out, byte[] value) {
        out.write('"');
        for (byte b : value) {
            if (b == '"' || b == '\\') {
                out.write('\\');
            }
            out.write(b);
        }
        out.write('"');
    }
}

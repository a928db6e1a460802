package org.imapharness.server.selected;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.imapharness.protocol.model.Octets;
import org.imapharness.protocol.model.Partial;
import org.imapharness.protocol.model.Section;
import org.imapharness.server.fault.Fault;
import org.imapharness.server.fault.FaultSet;
import org.imapharness.server.message.MessageContent;

/**
 * The fault switches that corrupt BODY[section]&lt;partial&gt; data (RFC 3501 §6.4.5), kept out of
 * the correct path: each takes the section the message package extracted whole, bends it the way
 * a real server got it wrong, and only then applies the partial range.
 */
final class SectionFaults {
    private static final Set<Fault> SECTION_FAULTS = EnumSet.of(Fault.HEADER_FIELDS_CASE_SENSITIVE,
            Fault.BODY_TEXT_WITH_BLANK_LINE, Fault.MIME_HEADER_WITHOUT_BLANK_LINE, Fault.PARTIAL_BEYOND_END_NIL);
    private static final byte[] CRLF = {'\r', '\n'};

    private SectionFaults() {
    }

    static boolean any(FaultSet faults) {
        return SECTION_FAULTS.stream().anyMatch(faults::has);
    }

    /** The section as the faulty server sends it; {@code null} for NIL. */
    static Octets section(MessageContent content, Section section, Partial partial, FaultSet faults) {
        Octets whole = content.section(section, null);
        if (whole == null) {
            return null;
        }
        byte[] data = whole.toByteArray();
        Section.Specifier specifier = section.specifier();
        if (specifier == Section.Specifier.HEADER_FIELDS && faults.has(Fault.HEADER_FIELDS_CASE_SENSITIVE)) {
            data = exactCaseFields(data, section);
        } else if (specifier == Section.Specifier.TEXT && faults.has(Fault.BODY_TEXT_WITH_BLANK_LINE)) {
            data = concat(CRLF, data);
        } else if (specifier == Section.Specifier.MIME && faults.has(Fault.MIME_HEADER_WITHOUT_BLANK_LINE)
                && endsWithBlankLine(data)) {
            data = Arrays.copyOf(data, data.length - 2);
        }
        if (partial == null) {
            return Octets.of(data);
        }
        if (partial.offset() >= data.length && faults.has(Fault.PARTIAL_BEYOND_END_NIL)) {
            return null;
        }
        int from = (int) Math.min(partial.offset(), data.length);
        int to = partial.count() == null ? data.length : (int) Math.min(data.length, from + partial.count());
        return Octets.of(data, from, to);
    }

    /**
     * Keeps the field lines (with their folded continuations) whose name equals a requested name
     * byte for byte: the case-insensitive comparison §6.4.5 asks for is what this fault drops.
     */
    private static byte[] exactCaseFields(byte[] fields, Section section) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean keep = false;
        int start = 0;
        while (start < fields.length) {
            int end = start;
            while (end < fields.length && fields[end] != '\n') {
                end++;
            }
            end = Math.min(end + 1, fields.length);
            String line = new String(fields, start, end - start, StandardCharsets.ISO_8859_1);
            boolean continuation = line.startsWith(" ") || line.startsWith("\t");
            boolean blank = line.isBlank();
            if (!continuation && !blank) {
                int colon = line.indexOf(':');
                keep = colon > 0 && section.fields().contains(line.substring(0, colon).strip());
            }
            if (blank || keep) {
                out.write(fields, start, end - start);
            }
            start = end;
        }
        return out.toByteArray();
    }

    private static boolean endsWithBlankLine(byte[] data) {
        int n = data.length;
        return n >= 4 && data[n - 4] == '\r' && data[n - 3] == '\n' && data[n - 2] == '\r' && data[n - 1] == '\n';
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}

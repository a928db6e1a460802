package org.imapharness.protocol.codec;

import java.util.List;
import org.imapharness.protocol.model.Section;
import org.imapharness.protocol.model.Section.Specifier;

/** {@code section} and its parts (RFC 3501 §6.4.5, §9) as echoed in FETCH responses. */
final class ResponseSectionParser {
    private ResponseSectionParser() {
    }

    /** {@code section = "[" [section-spec] "]"}. */
    static Section section(ResponseLexer in) {
        in.expect('[', "section");
        if (in.accept(']')) {
            return Section.WHOLE;
        }
        List<Integer> part = List.of();
        Specifier specifier;
        if (ResponseLexer.isDigit(in.peek())) {
            part = sectionPart(in, true);
            specifier = in.accept('.') ? sectionText(in, true) : Specifier.NONE;
        } else {
            specifier = sectionText(in, false);
        }
        List<String> fields = List.of();
        if (specifier.hasFields()) {
            in.sp("section-msgtext");
            fields = headerList(in);
        }
        in.expect(']', "section");
        return new Section(part, specifier, fields);
    }

    /**
     * {@code section-part = nz-number *("." nz-number)}. With {@code textMayFollow}, a "."
     * followed by a letter is left for the section-text.
     */
    static List<Integer> sectionPart(ResponseLexer in, boolean textMayFollow) {
        int part = in.listStart();
        do {
            int at = in.pos;
            long n = in.nzNumber("section-part");
            if (n > Integer.MAX_VALUE) {
                throw in.failAt(at, "section-part", "a part number up to " + Integer.MAX_VALUE);
            }
            in.listAdd((int) n);
            if (in.peek() != '.') {
                break;
            }
            boolean digitNext = in.pos + 1 < in.end && ResponseLexer.isDigit(in.buf[in.pos + 1]);
            if (!digitNext && textMayFollow) {
                break;
            }
            in.pos++;
        } while (true);
        return in.listEnd(part);
    }

    /** {@code section-text = section-msgtext / "MIME"}; MIME only after a part number. */
    private static Specifier sectionText(ResponseLexer in, boolean afterPart) {
        int start = in.pos;
        int stop = in.scanName();
        Specifier s;
        if (in.is(start, stop, "HEADER")) {
            s = Specifier.HEADER;
        } else if (in.is(start, stop, "HEADER.FIELDS")) {
            s = Specifier.HEADER_FIELDS;
        } else if (in.is(start, stop, "HEADER.FIELDS.NOT")) {
            s = Specifier.HEADER_FIELDS_NOT;
        } else if (in.is(start, stop, "TEXT")) {
            s = Specifier.TEXT;
        } else if (afterPart && in.is(start, stop, "MIME")) {
            s = Specifier.MIME;
        } else {
            throw in.fail(afterPart ? "section-text" : "section-spec",
                    "HEADER, HEADER.FIELDS, HEADER.FIELDS.NOT, TEXT" + (afterPart ? ", MIME" : " or a part number"));
        }
        in.pos = stop;
        return s;
    }

    /** {@code header-list = "(" header-fld-name *(SP header-fld-name) ")"}. */
    private static List<String> headerList(ResponseLexer in) {
        in.expect('(', "header-list");
        int fields = in.listStart();
        do {
            in.listAdd(in.astring("header-fld-name"));
        } while (in.accept(' '));
        in.expect(')', "header-list");
        return in.listEnd(fields);
    }
}

package org.imapharness.protocol.codec;

import java.util.ArrayList;
import java.util.List;
import org.imapharness.protocol.command.Command;
import org.imapharness.protocol.command.FetchAttribute;
import org.imapharness.protocol.model.Partial;
import org.imapharness.protocol.model.Section;

/** FETCH (RFC 3501 §6.4.5) with BINARY items (RFC 3516 §4.1) and modifiers (RFC 4466 §2.4, RFC 7162). */
final class CommandMessageRules {
    private CommandMessageRules() {
    }

    /**
     * {@code fetch}, after the name: {@code SP sequence-set SP ("ALL" / "FULL" / "FAST" / fetch-att /
     * "(" fetch-att *(SP fetch-att) ")") [fetch-modifiers]}.
     */
    static Command.Fetch fetch(CommandCursor c, boolean uid) {
        c.sp("fetch");
        var set = c.sequenceSet("sequence-set");
        c.sp("fetch");
        List<FetchAttribute> items = new ArrayList<>();
        if (c.skip('(')) {
            do {
                items.add(fetchAtt(c));
            } while (c.skip(' '));
            c.expect("fetch", ')');
        } else {
            List<FetchAttribute> macro = macro(c);
            items.addAll(macro != null ? macro : List.of(fetchAtt(c)));
        }
        FetchModifiers modifiers = c.is(' ') && c.peek(1) == '(' ? fetchModifiers(c, uid) : FetchModifiers.NONE;
        return new Command.Fetch(uid, set, items, modifiers.changedSince(), modifiers.vanished());
    }

    /** What {@code fetch-modifiers} set; absent ones are {@code null} / false. */
    private record FetchModifiers(Long changedSince, boolean vanished) {
        static final FetchModifiers NONE = new FetchModifiers(null, false);
    }

    /**
     * {@code fetch-modifiers = SP "(" fetch-modifier *(SP fetch-modifier) ")"} (RFC 4466 §2.4), the
     * modifiers being CHANGEDSINCE and VANISHED (RFC 7162 §3.1.4, §3.2.6), each at most once.
     */
    private static FetchModifiers fetchModifiers(CommandCursor c, boolean uid) {
        c.sp("fetch-modifiers");
        c.expect("fetch-modifiers", '(');
        Long changedSince = null;
        int vanishedAt = -1;
        do {
            int at = c.position();
            if (changedSince == null && c.tryKeyword("CHANGEDSINCE")) {
                c.sp("fetch-modifier");
                changedSince = c.modSequenceValue("fetch-modifier");
            } else if (vanishedAt < 0 && c.tryKeyword("VANISHED")) {
                vanishedAt = at;
            } else {
                throw c.errorAt("fetch-modifier", at, "CHANGEDSINCE or VANISHED, each at most once", c.found(at));
            }
        } while (c.skip(' '));
        c.expect("fetch-modifiers", ')');
        if (vanishedAt >= 0 && (!uid || changedSince == null)) {
            // RFC 7162 §3.2.6: VANISHED only on UID FETCH and only with CHANGEDSINCE; the server answers BAD.
            throw c.errorAt("fetch-modifier", vanishedAt, "VANISHED only in UID FETCH together with CHANGEDSINCE",
                    "'VANISHED'" + (uid ? " without CHANGEDSINCE" : " in FETCH"));
        }
        return new FetchModifiers(changedSince, vanishedAt >= 0);
    }

    /** The macros ALL, FAST, FULL, which may only stand alone (not inside the parenthesised list). */
    private static List<FetchAttribute> macro(CommandCursor c) {
        for (String name : new String[] {"ALL", "FAST", "FULL"}) {
            if (c.tryKeyword(name)) {
                return FetchAttribute.macro(name);
            }
        }
        return null;
    }

    /** {@code fetch-att}, including MODSEQ (RFC 7162 §3.1.4.1) and BINARY forms (RFC 3516 §4.1). */
    static FetchAttribute fetchAtt(CommandCursor c) {
        int at = c.position();
        String name = c.word("fetch-att", "fetch-att");
        for (FetchAttribute.Simple simple : FetchAttribute.Simple.values()) {
            if (simple.wire().equals(name) && !(simple == FetchAttribute.Simple.BODY && c.is('['))) {
                return simple;
            }
        }
        switch (name) {
            case "BODY", "BODY.PEEK" -> {
                Section section = section(c);
                return new FetchAttribute.BodySection(section, name.equals("BODY.PEEK"), partial(c));
            }
            case "BINARY", "BINARY.PEEK" -> {
                List<Integer> part = sectionBinary(c);
                return new FetchAttribute.Binary(part, name.equals("BINARY.PEEK"), partial(c));
            }
            case "BINARY.SIZE" -> {
                return new FetchAttribute.BinarySize(sectionBinary(c));
            }
            default -> throw c.errorAt("fetch-att", at, "fetch-att", "'" + name + "'");
        }
    }

    /** {@code section = "[" [section-spec] "]"}. */
    static Section section(CommandCursor c) {
        c.expect("section", '[');
        Section section = c.is(']') ? Section.WHOLE : sectionSpec(c);
        c.expect("section", ']');
        return section;
    }

    /** {@code section-spec = section-msgtext / (section-part ["." section-text])}. */
    private static Section sectionSpec(CommandCursor c) {
        List<Integer> part = CommandChars.isDigit(c.peek()) ? sectionPart(c) : List.of();
        if (!part.isEmpty() && !c.skip('.')) {
            return new Section(part, Section.Specifier.NONE, List.of());
        }
        int at = c.position();
        String name = c.word("section-spec", part.isEmpty() ? "section-msgtext or section-part" : "section-text");
        Section.Specifier specifier = switch (name) {
            case "HEADER" -> Section.Specifier.HEADER;
            case "HEADER.FIELDS" -> Section.Specifier.HEADER_FIELDS;
            case "HEADER.FIELDS.NOT" -> Section.Specifier.HEADER_FIELDS_NOT;
            case "TEXT" -> Section.Specifier.TEXT;
            case "MIME" -> part.isEmpty() ? null : Section.Specifier.MIME;
            default -> null;
        };
        if (specifier == null) {
            throw c.errorAt(part.isEmpty() ? "section-msgtext" : "section-text", at,
                    part.isEmpty() ? "HEADER, HEADER.FIELDS[.NOT] or TEXT" : "HEADER, HEADER.FIELDS[.NOT], TEXT or MIME",
                    "'" + name + "'");
        }
        List<String> fields = specifier.hasFields() ? headerList(c) : List.of();
        return new Section(part, specifier, fields);
    }

    /** {@code section-part = nz-number *("." nz-number)}; part numbers beyond an int are refused. */
    private static List<Integer> sectionPart(CommandCursor c) {
        List<Integer> part = new ArrayList<>();
        do {
            int at = c.position();
            long n = c.nzNumber("section-part");
            if (n > Integer.MAX_VALUE) {
                throw c.errorAt("section-part", at, "part number at most " + Integer.MAX_VALUE, c.found(at));
            }
            part.add((int) n);
        } while (c.is('.') && CommandChars.isDigit(c.peek(1)) && c.skip('.'));
        return part;
    }

    /** {@code SP header-list}; {@code header-list = "(" header-fld-name *(SP header-fld-name) ")"}. */
    private static List<String> headerList(CommandCursor c) {
        c.sp("section-msgtext");
        c.expect("header-list", '(');
        List<String> fields = new ArrayList<>();
        do {
            fields.add(CommandStrings.astring(c, "header-fld-name"));
        } while (c.skip(' '));
        c.expect("header-list", ')');
        return fields;
    }

    /** {@code section-binary = "[" [section-part] "]"} (RFC 3516 §4.1). */
    private static List<Integer> sectionBinary(CommandCursor c) {
        c.expect("section-binary", '[');
        List<Integer> part = c.is(']') ? List.of() : sectionPart(c);
        c.expect("section-binary", ']');
        return part;
    }

    /** {@code ["<" number "." nz-number ">"]}. */
    private static Partial partial(CommandCursor c) {
        if (!c.skip('<')) {
            return null;
        }
        long offset = c.number("partial");
        c.expect("partial", '.');
        long count = c.nzNumber("partial");
        c.expect("partial", '>');
        return new Partial(offset, count);
    }
}

package org.imapharness.core.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.imapharness.core.gen.Choices;

/**
 * The parts of one command being generated, with the decisions it draws from and the rules it
 * marks. Generators append to it in wire order; every string's form is drawn here, so a byte
 * nearer zero gives the simplest form (atom, then quoted, then literal).
 */
final class Draw {
    final Choices c;
    final TargetTraits traits;
    private final RuleCoverage rules;
    private final List<Part> parts = new ArrayList<>();

    Draw(Choices c, TargetTraits traits, RuleCoverage rules) {
        this.c = c;
        this.traits = traits;
        this.rules = rules;
    }

    Draw rule(String name) {
        rules.mark(name);
        return this;
    }

    Draw kw(String keyword) {
        parts.add(new Part.Keyword(keyword));
        return this;
    }

    Draw text(String ascii) {
        parts.add(new Part.Text(ascii));
        return this;
    }

    Draw sp() {
        return text(" ");
    }

    Draw str(String value, Part.Slot slot) {
        return str(value.getBytes(StandardCharsets.UTF_8), slot);
    }

    /** A string value in a form drawn among those that can carry it in {@code slot}. */
    Draw str(byte[] value, Part.Slot slot) {
        return str(c.below(Part.Form.values().length), value, slot);
    }

    /**
     * A string drawn by {@code value}, its form decided first: when shrinking deletes the bytes
     * of a long value, the form drawn before it stays as it was.
     */
    Draw strOf(java.util.function.Supplier<byte[]> value, Part.Slot slot) {
        int preference = c.below(Part.Form.values().length);
        return str(preference, value.get(), slot);
    }

    /** The preferred form when it can carry the value, else the simplest that can (a zero byte: the simplest). */
    private Draw str(int preference, byte[] value, Part.Slot slot) {
        List<Part.Form> forms = Forms.possible(value, slot, traits.literalPlus(value.length));
        Part.Form preferred = Part.Form.values()[preference];
        Part.Form form = forms.contains(preferred) ? preferred : forms.get(0);
        rule(switch (slot) {
            case ASTRING -> "astring";
            case STRING -> "string";
            case LIST_MAILBOX -> "list-mailbox";
            case MESSAGE -> "literal";
            case BINARY -> "rfc3516-literal8";
        });
        switch (form) {
            case ATOM -> rule("atom");
            case QUOTED -> {
                rule("quoted");
                for (byte b : value) {
                    if (b == '"' || b == '\\') {
                        rule("quoted-specials");
                        break;
                    }
                }
            }
            case LITERAL -> rule("literal");
            case LITERAL_PLUS -> rule("rfc7888-literal-plus");
        }
        parts.add(new Part.Str(value, form, slot));
        return this;
    }

    List<Part> parts() {
        return parts;
    }
}

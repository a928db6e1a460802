package org.imapharness.core.scenario.text;

import java.util.ArrayList;
import java.util.List;
import org.imapharness.core.scenario.Template;

/** Variable references in scenario text: {@code $name}, {@code ${name}}, and {@code $$} for a dollar sign. */
final class Templates {
    private Templates() {
    }

    static boolean isNameStart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
    }

    static boolean isNamePart(char c) {
        return isNameStart(c) || c >= '0' && c <= '9';
    }

    /**
     * Reads the reference at the cursor, which is on a {@code $}. Returns the name, or
     * {@code null} for {@code $$} (a plain dollar sign).
     */
    static String reference(Cursor c) {
        int at = c.pos;
        c.pos++;
        if (c.accept('$')) {
            return null;
        }
        boolean braced = c.accept('{');
        int start = c.pos;
        if (!isNameStart(c.peek())) {
            throw c.errorAt(at, "a variable name after $ (write $$ for a dollar sign)");
        }
        while (isNamePart(c.peek())) {
            c.pos++;
        }
        String name = c.text.substring(start, c.pos);
        if (braced && !c.accept('}')) {
            throw c.error("'}' closing ${" + name);
        }
        return name;
    }

    /** Reads a reference and adds it (or the dollar sign) to {@code into}, checking it is bound. */
    static void readInto(Cursor c, Scope scope, Builder into) {
        int column = c.column();
        String name = reference(c);
        if (name == null) {
            into.ch('$');
        } else {
            scope.use(name, c, column);
            into.variable(name);
        }
    }

    /** Collects fixed text and references into a {@link Template}. */
    static final class Builder {
        private final List<Template.Part> parts = new ArrayList<>();
        private final StringBuilder fixed = new StringBuilder();

        Builder ch(char c) {
            fixed.append(c);
            return this;
        }

        Builder text(String s) {
            fixed.append(s);
            return this;
        }

        Builder variable(String name) {
            flush();
            parts.add(new Template.Part.Variable(name));
            return this;
        }

        boolean isEmpty() {
            return parts.isEmpty() && fixed.length() == 0;
        }

        Template build() {
            flush();
            return new Template(parts);
        }

        private void flush() {
            if (fixed.length() > 0) {
                parts.add(new Template.Part.Fixed(fixed.toString()));
                fixed.setLength(0);
            }
        }
    }
}

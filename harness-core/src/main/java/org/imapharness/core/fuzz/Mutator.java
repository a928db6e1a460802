package org.imapharness.core.fuzz;

import java.util.ArrayList;
import java.util.List;
import org.imapharness.core.gen.Choices;

/**
 * Near-valid commands: a valid command with one edit in its line text (never in the tag, a
 * literal's data or its announcement, and never a line feed), so the server still sees one
 * complete command and must answer it. The inserted or replacing bytes are the ones grammars
 * trip over: atom-specials, quoted-specials, CTLs, NUL, DEL and 8-bit.
 */
public final class Mutator {
    private static final byte[] TRICKY = {'(', ')', '{', ' ', '%', '*', '"', '\\', ']', '[', '<', '+', '~', 0, 1,
        '\r', '\t', 0x7f, (byte) 0x80, (byte) 0xc3, (byte) 0xff};

    private Mutator() {
    }

    /**
     * The four decisions of a mutation, drawn before the command exists and scaled onto it
     * afterwards (which part, where in it, which byte, which edit), so they keep their meaning
     * while the command shrinks.
     */
    public record Roll(int part, int position, int tricky, int edit) {
        static Roll draw(Choices c) {
            return new Roll(c.nextByte(), c.nextByte(), c.nextByte(), c.nextByte());
        }
    }

    /** {@code valid} with one edit; the valid command itself if it has no editable byte. */
    public static WireCommand mutate(WireCommand valid, Roll roll) {
        List<Integer> editable = new ArrayList<>();
        for (int i = 0; i < valid.parts().size(); i++) {
            if (textOf(valid.parts().get(i)) != null) {
                editable.add(i);
            }
        }
        if (editable.isEmpty()) {
            return valid;
        }
        int index = editable.get(roll.part() * editable.size() / 256);
        byte[] text = textOf(valid.parts().get(index));
        int at = roll.position() * (text.length + 1) / 256;
        byte tricky = TRICKY[roll.tricky() * TRICKY.length / 256];
        int op = text.length == 0 ? 0 : roll.edit() * 4 / 256;
        byte[] edited;
        String what;
        switch (op) {
            case 0 -> {
                edited = splice(text, at, 0, new byte[] {tricky});
                what = "inserted " + hex(tricky);
            }
            case 1 -> {
                at = Math.min(at, text.length - 1);
                edited = splice(text, at, 1, new byte[0]);
                what = "deleted " + hex(text[at]);
            }
            case 2 -> {
                at = Math.min(at, text.length - 1);
                edited = splice(text, at, 1, new byte[] {tricky});
                what = "replaced " + hex(text[at]) + " with " + hex(tricky);
            }
            default -> {
                at = Math.min(at, text.length - 1);
                edited = splice(text, at, 0, new byte[] {text[at]});
                what = "doubled " + hex(text[at]);
            }
        }
        List<Part> parts = new ArrayList<>(valid.parts());
        parts.set(index, new Part.Raw(edited));
        return new WireCommand(valid.tag(), parts, valid.family(), false,
                what + " in part " + index + " at offset " + at);
    }

    /** The line bytes of a part a mutation may edit; null for literals (their data and size stay intact). */
    private static byte[] textOf(Part p) {
        if (p instanceof Part.Text t) {
            return Values.bytes(t.ascii());
        }
        if (p instanceof Part.Keyword k) {
            return Values.bytes(k.name());
        }
        if (p instanceof Part.Str s && (s.form() == Part.Form.ATOM || s.form() == Part.Form.QUOTED)) {
            WireCommand one = new WireCommand("x", List.of(s), "", true, null);
            byte[] all = one.bytes();
            byte[] out = new byte[all.length - 4];
            System.arraycopy(all, 2, out, 0, out.length); // without "x " and CRLF
            return out;
        }
        return null;
    }

    private static byte[] splice(byte[] text, int at, int remove, byte[] insert) {
        byte[] out = new byte[text.length - remove + insert.length];
        System.arraycopy(text, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(text, at + remove, out, at + insert.length, text.length - at - remove);
        return out;
    }

    private static String hex(byte b) {
        return String.format("0x%02X", b & 0xff);
    }
}

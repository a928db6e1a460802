package org.imapharness.core.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The metamorphic checks: one read-only command written other ways must get the same answer
 * (same status and code, same untagged data). The forms: every string as atom, quoted string,
 * literal and LITERAL+ where each can carry it (RFC 3501 §4.3, RFC 7888), keywords in other
 * letter cases (§9), the bytes split into two TCP segments at a drawn point, and the command
 * pipelined twice in one write (§5.5). Each form runs on a freshly prepared probe connection
 * (the run's mailbox EXAMINEd, pending updates flushed), so state never differs between forms.
 */
final class Equivalence {
    /** Gives a probe session in the prepared state, reconnecting when the last form ended it. */
    interface Probe {
        FuzzSession prepared() throws IOException;

        void discard();
    }

    private Equivalence() {
    }

    /** The first difference found, or null when every form answered like the baseline. */
    static Finding check(WireCommand base, TargetTraits traits, int splitRoll, Probe probe, Counter counter)
            throws IOException {
        Normal expected = run(new Finding.Variant("as generated", base, -1, false), probe).get(0);
        for (Finding.Variant v : variants(base, traits, splitRoll)) {
            counter.variants++;
            List<Normal> answers = run(v, probe);
            Normal got = v.pipelined() ? Normal.together(answers.get(0), answers.get(1)) : answers.get(0);
            Normal want = v.pipelined() ? expected.twice() : expected;
            if (!got.equals(want)) {
                return new Finding(Finding.Kind.NOT_EQUIVALENT, v.how() + " (" + Texts.printable(
                        v.command().bytes(), 160) + "): " + got.difference(want), base,
                        new Finding.Variant(v.how(), v.command(), v.splitAt(), v.pipelined(), expected.status()));
            }
        }
        return null;
    }

    /** Counts the forms tried, for reports. */
    static final class Counter {
        long variants;
    }

    static List<Finding.Variant> variants(WireCommand base, TargetTraits traits, int splitRoll) {
        List<Finding.Variant> out = new ArrayList<>();
        for (Part.Form f : Part.Form.values()) {
            WireCommand mapped = base.mapStrings(s -> Forms.allows(s.value(), f, s.slot())
                    && (f != Part.Form.LITERAL_PLUS || traits.literalPlus(s.value().length)) ? s.as(f) : s);
            if (!mapped.equals(base)) {
                out.add(new Finding.Variant("strings as " + f, mapped, -1, false));
            }
        }
        for (Part.CaseStyle style : List.of(Part.CaseStyle.LOWER, Part.CaseStyle.ALTERNATING)) {
            WireCommand mapped = base.withCase(style);
            if (!Arrays.equals(mapped.bytes(), base.bytes())) {
                out.add(new Finding.Variant("keywords in " + style + " case", mapped, -1, false));
            }
        }
        if (!base.hasSyncLiteral()) {
            int length = base.bytes().length;
            out.add(new Finding.Variant("split at byte " + (1 + splitRoll * (length - 1) / 256), base,
                    1 + splitRoll * (length - 1) / 256, false));
            if (!base.family().equals("EXAMINE")) { // a failed EXAMINE deselects: the second copy starts elsewhere
                out.add(new Finding.Variant("pipelined twice", base, -1, true));
            }
        }
        return out;
    }

    private static List<Normal> run(Finding.Variant v, Probe probe) throws IOException {
        FuzzSession s = probe.prepared();
        List<Answer> answers = new ArrayList<>();
        WireCommand command = v.command().withTag(s.nextTag());
        if (v.pipelined()) {
            WireCommand second = v.command().withTag(s.nextTag());
            ByteArrayOutputStream both = new ByteArrayOutputStream();
            both.writeBytes(command.bytes());
            both.writeBytes(second.bytes());
            answers.addAll(Pipelined.read(s.wire(), both.toByteArray(), List.of(command, second), s.timeout()));
        } else if (v.splitAt() > 0) {
            byte[] bytes = command.bytes();
            s.wire().send(Arrays.copyOfRange(bytes, 0, v.splitAt()));
            pause();
            answers.add(s.send(command, List.of(Arrays.copyOfRange(bytes, v.splitAt(), bytes.length))));
        } else {
            answers.add(s.send(command));
        }
        List<Normal> normals = new ArrayList<>();
        for (Answer a : answers) {
            if (!a.usable()) {
                probe.discard();
            }
            normals.add(Normal.of(a, true, v.command().family()));
        }
        return normals;
    }

    /** Lets the first segment reach the server alone, so it reads the command in two pieces. */
    private static void pause() {
        try {
            Thread.sleep(2);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

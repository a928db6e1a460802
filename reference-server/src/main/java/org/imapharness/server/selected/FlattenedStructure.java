package org.imapharness.server.selected;

import java.util.ArrayList;
import java.util.List;
import org.imapharness.protocol.model.BodyStructure;

/**
 * The wrong BODYSTRUCTURE of the {@code bodystructure-multipart-wrong} fault: every multipart
 * lists the leaf parts below it directly, losing the nesting that RFC 3501 §7.4.2 (and the part
 * numbers of §6.4.5) depend on; encapsulated messages get the same treatment. A multipart without
 * nested multiparts looks right, so a check must use a nested message (corpus 05) to catch it.
 */
final class FlattenedStructure {
    private FlattenedStructure() {
    }

    static BodyStructure of(BodyStructure structure) {
        if (structure instanceof BodyStructure.MultiPart m) {
            List<BodyStructure> leaves = new ArrayList<>();
            collectLeaves(m, leaves);
            return new BodyStructure.MultiPart(leaves, m.subtype(), m.extension());
        }
        BodyStructure.SinglePart s = (BodyStructure.SinglePart) structure;
        if (!s.isMessage()) {
            return s;
        }
        return new BodyStructure.SinglePart(s.type(), s.subtype(), s.parameters(), s.id(), s.description(),
                s.encoding(), s.size(), s.lines(), s.envelope(), of(s.body()), s.extension());
    }

    private static void collectLeaves(BodyStructure s, List<BodyStructure> out) {
        if (s instanceof BodyStructure.MultiPart m) {
            m.parts().forEach(p -> collectLeaves(p, out));
        } else {
            out.add(of(s));
        }
    }
}

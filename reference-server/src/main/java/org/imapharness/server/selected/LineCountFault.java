package org.imapharness.server.selected;

import java.util.List;
import org.imapharness.protocol.model.BodyStructure;
import org.imapharness.server.fault.Fault;
import org.imapharness.server.fault.FaultSet;

/**
 * The {@code body-lines-off-by-one} fault: every TEXT part's body-fld-lines (RFC 3501 §7.4.2) is
 * one too high, the mistake of a server that counts the blank line ending the part's header as
 * part of its body. Other parts, which carry no line count, are left alone.
 */
final class LineCountFault {
    private LineCountFault() {
    }

    static BodyStructure apply(BodyStructure structure, FaultSet faults) {
        return faults.has(Fault.BODY_LINES_OFF_BY_ONE) ? miscounted(structure) : structure;
    }

    private static BodyStructure miscounted(BodyStructure structure) {
        if (structure instanceof BodyStructure.MultiPart m) {
            List<BodyStructure> parts = m.parts().stream().map(LineCountFault::miscounted).toList();
            return new BodyStructure.MultiPart(parts, m.subtype(), m.extension());
        }
        BodyStructure.SinglePart s = (BodyStructure.SinglePart) structure;
        boolean text = "text".equalsIgnoreCase(s.type()) && s.lines() != null;
        return new BodyStructure.SinglePart(s.type(), s.subtype(), s.parameters(), s.id(), s.description(),
                s.encoding(), s.size(), text ? Long.valueOf(s.lines() + 1) : s.lines(), s.envelope(),
                s.isMessage() ? miscounted(s.body()) : null, s.extension());
    }
}

package org.imapharness.core.scenario.match;

import java.util.ArrayList;
import java.util.List;
import org.imapharness.core.scenario.match.Value.Group;
import org.imapharness.core.scenario.match.Value.Num;
import org.imapharness.core.scenario.match.Value.Numbers;
import org.imapharness.core.scenario.match.Value.Shape;
import org.imapharness.core.scenario.match.Value.Tail;
import org.imapharness.protocol.response.ResponseCode;

/** Response codes ({@code resp-text-code}, RFC 3501 §7.1; RFC 4315; RFC 7162) as {@link Value} items. */
final class CodeTree {
    private CodeTree() {
    }

    static List<Value> items(ResponseCode code) {
        List<Value> v = new ArrayList<>();
        if (code instanceof ResponseCode.Alert) {
            v.add(ResponseTree.word("ALERT"));
        } else if (code instanceof ResponseCode.BadCharset b) {
            v.add(ResponseTree.word("BADCHARSET"));
            if (!b.charsets().isEmpty()) {
                v.add(new Group(Shape.SET, ResponseTree.words(b.charsets())));
            }
        } else if (code instanceof ResponseCode.Capability c) {
            v.add(ResponseTree.word("CAPABILITY"));
            v.add(new Tail(Shape.SET, ResponseTree.words(c.capabilities())));
        } else if (code instanceof ResponseCode.Parse) {
            v.add(ResponseTree.word("PARSE"));
        } else if (code instanceof ResponseCode.PermanentFlags p) {
            v.add(ResponseTree.word("PERMANENTFLAGS"));
            v.add(new Group(Shape.SET, ResponseTree.words(p.flags())));
        } else if (code instanceof ResponseCode.ReadOnly) {
            v.add(ResponseTree.word("READ-ONLY"));
        } else if (code instanceof ResponseCode.ReadWrite) {
            v.add(ResponseTree.word("READ-WRITE"));
        } else if (code instanceof ResponseCode.TryCreate) {
            v.add(ResponseTree.word("TRYCREATE"));
        } else if (code instanceof ResponseCode.UidNext n) {
            v.add(ResponseTree.word("UIDNEXT"));
            v.add(new Num(n.uid()));
        } else if (code instanceof ResponseCode.UidValidity n) {
            v.add(ResponseTree.word("UIDVALIDITY"));
            v.add(new Num(n.uidValidity()));
        } else if (code instanceof ResponseCode.Unseen n) {
            v.add(ResponseTree.word("UNSEEN"));
            v.add(new Num(n.sequenceNumber()));
        } else if (code instanceof ResponseCode.HighestModSeq n) {
            v.add(ResponseTree.word("HIGHESTMODSEQ"));
            v.add(new Num(n.modSeq()));
        } else if (code instanceof ResponseCode.NoModSeq) {
            v.add(ResponseTree.word("NOMODSEQ"));
        } else if (code instanceof ResponseCode.Modified m) {
            v.add(ResponseTree.word("MODIFIED"));
            v.add(new Numbers(m.numbers()));
        } else if (code instanceof ResponseCode.AppendUid a) {
            v.add(ResponseTree.word("APPENDUID"));
            v.add(new Num(a.uidValidity()));
            v.add(new Numbers(a.uids()));
        } else if (code instanceof ResponseCode.CopyUid c) {
            v.add(ResponseTree.word("COPYUID"));
            v.add(new Num(c.uidValidity()));
            v.add(new Numbers(c.sourceUids()));
            v.add(new Numbers(c.destinationUids()));
        } else if (code instanceof ResponseCode.UidNotSticky) {
            v.add(ResponseTree.word("UIDNOTSTICKY"));
        } else if (code instanceof ResponseCode.Closed) {
            v.add(ResponseTree.word("CLOSED"));
        } else if (code instanceof ResponseCode.Other o) {
            other(o, v);
        }
        return v;
    }

    /**
     * An unknown code keeps its text, split at spaces into numbers and words: enough for the
     * common extension codes ({@code [METADATA LONGENTRIES 2000]}) without guessing more.
     */
    private static void other(ResponseCode.Other o, List<Value> v) {
        v.add(ResponseTree.word(o.name()));
        if (o.text() == null) {
            return;
        }
        for (String part : o.text().trim().split(" +")) {
            if (part.isEmpty()) {
                continue;
            }
            v.add(part.matches("[0-9]{1,18}") ? new Num(Long.parseLong(part)) : ResponseTree.word(part));
        }
    }
}

package org.imapharness.core.scenario.match;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.imapharness.core.scenario.match.Value.Data;
import org.imapharness.core.scenario.match.Value.Group;
import org.imapharness.core.scenario.match.Value.Nil;
import org.imapharness.core.scenario.match.Value.Num;
import org.imapharness.core.scenario.match.Value.Shape;
import org.imapharness.core.scenario.match.Value.Text;
import org.imapharness.protocol.model.Address;
import org.imapharness.protocol.model.Envelope;
import org.imapharness.protocol.model.Octets;
import org.imapharness.protocol.response.MessageAttribute;

/**
 * FETCH data ({@code msg-att}, RFC 3501 §7.4.2) as name/value pairs whose order does not
 * matter. Section names are the wire form ({@code BODY[1.HEADER.FIELDS (FROM)]<0>}), compared
 * case-insensitively by the matcher.
 */
final class FetchTree {
    private FetchTree() {
    }

    static Value attributes(List<MessageAttribute> attributes) {
        List<Value> pairs = new ArrayList<>();
        for (MessageAttribute a : attributes) {
            if (a instanceof MessageAttribute.Flags f) {
                add(pairs, "FLAGS", new Group(Shape.SET, ResponseTree.words(f.flags())));
            } else if (a instanceof MessageAttribute.InternalDate d) {
                add(pairs, "INTERNALDATE", new Value.DateTime(d.dateTime()));
            } else if (a instanceof MessageAttribute.Rfc822Size s) {
                add(pairs, "RFC822.SIZE", new Num(s.size()));
            } else if (a instanceof MessageAttribute.EnvelopeItem e) {
                add(pairs, "ENVELOPE", envelope(e.envelope()));
            } else if (a instanceof MessageAttribute.Body b) {
                add(pairs, b.extensible() ? "BODYSTRUCTURE" : "BODY", BodyTree.body(b.structure()));
            } else if (a instanceof MessageAttribute.BodySection s) {
                add(pairs, "BODY[" + s.section().toWire() + "]" + origin(s.origin()), data(s.data()));
            } else if (a instanceof MessageAttribute.Uid u) {
                add(pairs, "UID", new Num(u.uid()));
            } else if (a instanceof MessageAttribute.Rfc822 r) {
                add(pairs, r.part().wire(), data(r.data()));
            } else if (a instanceof MessageAttribute.ModSeq m) {
                add(pairs, "MODSEQ", new Group(Shape.LIST, List.of(new Num(m.modSeq()))));
            } else if (a instanceof MessageAttribute.Binary b) {
                add(pairs, "BINARY[" + part(b.part()) + "]" + origin(b.origin()), data(b.data()));
            } else if (a instanceof MessageAttribute.BinarySize b) {
                add(pairs, "BINARY.SIZE[" + part(b.part()) + "]", new Num(b.size()));
            }
        }
        return new Group(Shape.PAIRS, pairs);
    }

    private static void add(List<Value> pairs, String name, Value value) {
        pairs.add(ResponseTree.word(name));
        pairs.add(value);
    }

    private static String origin(Long origin) {
        return origin == null ? "" : "<" + origin + ">";
    }

    private static String part(List<Integer> part) {
        return part.stream().map(String::valueOf).collect(Collectors.joining("."));
    }

    private static Value data(Octets data) {
        return data == null ? new Nil() : new Data(data);
    }

    static Value envelope(Envelope e) {
        List<Value> v = new ArrayList<>();
        v.add(nstring(e.date()));
        v.add(nstring(e.subject()));
        v.add(addresses(e.from()));
        v.add(addresses(e.sender()));
        v.add(addresses(e.replyTo()));
        v.add(addresses(e.to()));
        v.add(addresses(e.cc()));
        v.add(addresses(e.bcc()));
        v.add(nstring(e.inReplyTo()));
        v.add(nstring(e.messageId()));
        return new Group(Shape.LIST, v);
    }

    private static Value addresses(List<Address> list) {
        if (list == null) {
            return new Nil();
        }
        List<Value> out = new ArrayList<>();
        for (Address a : list) {
            out.add(new Group(Shape.LIST, List.of(nstring(a.name()), nstring(a.adl()), nstring(a.mailbox()),
                    nstring(a.host()))));
        }
        return new Group(Shape.LIST, out);
    }

    static Value nstring(String s) {
        return s == null ? new Nil() : new Text(s, false);
    }
}

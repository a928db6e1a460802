package org.imapharness.core.scenario.match;

import java.util.ArrayList;
import java.util.List;
import org.imapharness.core.scenario.match.Value.Group;
import org.imapharness.core.scenario.match.Value.Nil;
import org.imapharness.core.scenario.match.Value.Num;
import org.imapharness.core.scenario.match.Value.Shape;
import org.imapharness.core.scenario.match.Value.Text;
import org.imapharness.protocol.model.BodyStructure;
import org.imapharness.protocol.model.BodyStructure.Extension;
import org.imapharness.protocol.model.BodyStructure.ExtensionValue;
import org.imapharness.protocol.model.BodyStructure.Parameter;

/**
 * BODY and BODYSTRUCTURE (RFC 3501 §7.4.2) in wire order. Media types, subtypes, encodings,
 * parameter and disposition names compare case-insensitively (RFC 2045 §5.1), and so do
 * language tags (RFC 3282 §2, RFC 5646 §2.1.1: Cyrus sends {@code "EN-NZ"} for a header's
 * {@code en-NZ}); parameters are name/value pairs; extension fields appear only as far as the
 * server sent them.
 */
final class BodyTree {
    private BodyTree() {
    }

    static Value body(BodyStructure body) {
        List<Value> v = new ArrayList<>();
        if (body instanceof BodyStructure.MultiPart m) {
            m.parts().forEach(p -> v.add(body(p)));
            v.add(ResponseTree.word(m.subtype()));
            Extension e = m.extension();
            if (e != null) {
                v.add(parameters(e.parameters()));
                extension(e, v);
            }
        } else {
            BodyStructure.SinglePart p = (BodyStructure.SinglePart) body;
            v.add(ResponseTree.word(p.type()));
            v.add(ResponseTree.word(p.subtype()));
            v.add(parameters(p.parameters()));
            v.add(FetchTree.nstring(p.id()));
            v.add(FetchTree.nstring(p.description()));
            v.add(ResponseTree.word(p.encoding()));
            v.add(new Num(p.size()));
            if (p.isMessage()) {
                v.add(FetchTree.envelope(p.envelope()));
                v.add(body(p.body()));
            }
            if (p.lines() != null) {
                v.add(new Num(p.lines()));
            }
            Extension e = p.extension();
            if (e != null) {
                v.add(FetchTree.nstring(e.md5()));
                extension(e, v);
            }
        }
        return new Group(Shape.LIST, v);
    }

    /** Disposition, language, location and further values, as many as were present. */
    private static void extension(Extension e, List<Value> v) {
        if (e.present() >= 2) {
            v.add(e.disposition() == null ? new Nil() : new Group(Shape.LIST, List.of(
                    ResponseTree.word(e.disposition().type()), parameters(e.disposition().parameters()))));
        }
        if (e.present() >= 3) {
            v.add(language(e.language()));
        }
        if (e.present() >= 4) {
            v.add(FetchTree.nstring(e.location()));
            e.extra().forEach(x -> v.add(extensionValue(x)));
        }
    }

    /** NIL when empty: the grammar has no empty parameter list. */
    private static Value parameters(List<Parameter> params) {
        if (params.isEmpty()) {
            return new Nil();
        }
        List<Value> pairs = new ArrayList<>();
        for (Parameter p : params) {
            pairs.add(ResponseTree.word(p.name()));
            pairs.add(new Text(p.value(), false));
        }
        return new Group(Shape.PAIRS, pairs);
    }

    /** One tag is sent as a string, several as a list (RFC 3501 §9 body-fld-lang); tags ignore case. */
    private static Value language(List<String> tags) {
        if (tags == null) {
            return new Nil();
        }
        if (tags.size() == 1) {
            return ResponseTree.word(tags.get(0));
        }
        List<Value> out = new ArrayList<>();
        tags.forEach(t -> out.add(ResponseTree.word(t)));
        return new Group(Shape.LIST, out);
    }

    private static Value extensionValue(ExtensionValue x) {
        if (x instanceof ExtensionValue.Number n) {
            return new Num(n.value());
        }
        if (x instanceof ExtensionValue.Text t) {
            return FetchTree.nstring(t.value());
        }
        List<Value> out = new ArrayList<>();
        ((ExtensionValue.Values) x).values().forEach(y -> out.add(extensionValue(y)));
        return new Group(Shape.LIST, out);
    }
}

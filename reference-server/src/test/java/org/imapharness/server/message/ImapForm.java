package org.imapharness.server.message;

import java.util.List;
import org.imapharness.protocol.model.Address;
import org.imapharness.protocol.model.BodyStructure;
import org.imapharness.protocol.model.BodyStructure.Extension;
import org.imapharness.protocol.model.BodyStructure.MultiPart;
import org.imapharness.protocol.model.BodyStructure.Parameter;
import org.imapharness.protocol.model.BodyStructure.SinglePart;
import org.imapharness.protocol.model.Envelope;

/** Renders ENVELOPE and BODY[STRUCTURE] in RFC 3501 wire syntax, so known answers read like a transcript. */
final class ImapForm {
    private ImapForm() {
    }

    static String envelope(Envelope e) {
        return "(" + String.join(" ", nstring(e.date()), nstring(e.subject()), addresses(e.from()),
                addresses(e.sender()), addresses(e.replyTo()), addresses(e.to()), addresses(e.cc()),
                addresses(e.bcc()), nstring(e.inReplyTo()), nstring(e.messageId())) + ")";
    }

    static String body(BodyStructure b) {
        if (b instanceof MultiPart m) {
            StringBuilder sb = new StringBuilder("(");
            m.parts().forEach(p -> sb.append(body(p)));
            sb.append(' ').append(nstring(m.subtype()));
            if (m.extension() != null) {
                Extension x = m.extension();
                sb.append(' ').append(params(x.parameters())).append(tail(x));
            }
            return sb.append(')').toString();
        }
        SinglePart s = (SinglePart) b;
        StringBuilder sb = new StringBuilder("(");
        sb.append(String.join(" ", nstring(s.type()), nstring(s.subtype()), params(s.parameters()),
                nstring(s.id()), nstring(s.description()), nstring(s.encoding()), Long.toString(s.size())));
        if (s.isMessage()) {
            sb.append(' ').append(envelope(s.envelope())).append(' ').append(body(s.body()));
        }
        if (s.lines() != null) {
            sb.append(' ').append(s.lines());
        }
        if (s.extension() != null) {
            sb.append(' ').append(nstring(s.extension().md5())).append(tail(s.extension()));
        }
        return sb.append(')').toString();
    }

    private static String tail(Extension x) {
        String dsp = x.disposition() == null ? "NIL"
                : "(" + nstring(x.disposition().type()) + " " + params(x.disposition().parameters()) + ")";
        String lang = x.language() == null ? "NIL"
                : x.language().size() == 1 ? nstring(x.language().get(0))
                : "(" + String.join(" ", x.language().stream().map(ImapForm::nstring).toList()) + ")";
        return " " + dsp + " " + lang + " " + nstring(x.location());
    }

    private static String params(List<Parameter> ps) {
        if (ps.isEmpty()) {
            return "NIL";
        }
        return "(" + String.join(" ", ps.stream().map(p -> nstring(p.name()) + " " + nstring(p.value())).toList())
                + ")";
    }

    private static String addresses(List<Address> list) {
        if (list == null) {
            return "NIL";
        }
        StringBuilder sb = new StringBuilder("(");
        for (Address a : list) {
            sb.append('(').append(String.join(" ", nstring(a.name()), nstring(a.adl()), nstring(a.mailbox()),
                    nstring(a.host()))).append(')');
        }
        return sb.append(')').toString();
    }

    static String nstring(String s) {
        if (s == null) {
            return "NIL";
        }
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}

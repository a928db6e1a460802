package org.imapharness.protocol.codec;

import java.util.List;
import org.imapharness.protocol.model.BodyStructure;
import org.imapharness.protocol.model.BodyStructure.Disposition;
import org.imapharness.protocol.model.BodyStructure.Extension;
import org.imapharness.protocol.model.BodyStructure.ExtensionValue;
import org.imapharness.protocol.model.BodyStructure.Parameter;

/**
 * Writes {@code body} (RFC 3501 §7.4.2, §9). Checks what the positional grammar needs to read
 * the tree back the same: lines exactly for TEXT and MESSAGE/RFC822 parts, envelope and body
 * exactly for MESSAGE/RFC822, nothing past {@code Extension.present}, no extension data in a
 * non-extensible BODY, and nesting within the parser's limit.
 */
final class ResponseBodyWriter {
    private ResponseBodyWriter() {
    }

    static void body(ResponseOutput o, BodyStructure body, boolean extensible) {
        body(o, body, extensible, 1);
    }

    private static void body(ResponseOutput o, BodyStructure body, boolean extensible, int depth) {
        checkDepth(depth);
        o.ch('(');
        if (body instanceof BodyStructure.MultiPart m) {
            for (BodyStructure part : m.parts()) {
                body(o, ResponseOutput.required(part, "body part"), extensible, depth + 1);
            }
            o.sp().string(m.subtype(), "media-subtype");
            extension(o, m.extension(), false, extensible, depth);
        } else {
            singlePart(o, (BodyStructure.SinglePart) body, extensible, depth);
        }
        o.ch(')');
    }

    private static void checkDepth(int depth) {
        if (depth > ResponseCursor.MAX_DEPTH) {
            throw ResponseOutput.invalid("body", "nested deeper than " + ResponseCursor.MAX_DEPTH + " levels");
        }
    }

    private static void singlePart(ResponseOutput o, BodyStructure.SinglePart p, boolean extensible, int depth) {
        o.string(p.type(), "media-type").sp().string(p.subtype(), "media-subtype").sp();
        bodyFldParam(o, p.parameters(), "body-fld-param");
        o.sp().nstring(p.id(), "body-fld-id").sp().nstring(p.description(), "body-fld-desc")
                .sp().string(p.encoding(), "body-fld-enc").sp().number(p.size(), "body-fld-octets");
        boolean message = ResponseBodyParser.isMessage(p.type(), p.subtype());
        boolean text = "TEXT".equalsIgnoreCase(p.type());
        if (message != p.isMessage()) {
            throw ResponseOutput.invalid("body-type-msg", "envelope and body go with MESSAGE/RFC822 and only there");
        }
        if ((message || text) != (p.lines() != null)) {
            throw ResponseOutput.invalid("body-fld-lines", "lines go with TEXT and MESSAGE/RFC822 parts and only there");
        }
        if (message) {
            o.sp();
            ResponseFetchWriter.envelope(o, p.envelope());
            o.sp();
            body(o, p.body(), extensible, depth + 1);
        }
        if (p.lines() != null) {
            o.sp().number(p.lines(), "body-fld-lines");
        }
        extension(o, p.extension(), true, extensible, depth);
    }

    private static void extension(ResponseOutput o, Extension e, boolean singlePart, boolean extensible, int depth) {
        if (e == null) {
            return;
        }
        if (!extensible) {
            throw ResponseOutput.invalid("body", "non-extensible BODY carries no extension data (RFC 3501 §9)");
        }
        if (singlePart && !e.parameters().isEmpty() || !singlePart && e.md5() != null) {
            throw ResponseOutput.invalid("body extension", "md5 is for single parts, parameters for multiparts");
        }
        if (e.present() < 2 && e.disposition() != null || e.present() < 3 && e.language() != null
                || e.present() < 4 && e.location() != null) {
            throw ResponseOutput.invalid("body extension", "a field beyond 'present' (" + e.present() + ") is set");
        }
        o.sp();
        if (singlePart) {
            o.nstring(e.md5(), "body-fld-md5");
        } else {
            bodyFldParam(o, e.parameters(), "body-ext-mpart");
        }
        if (e.present() >= 2) {
            o.sp();
            bodyFldDsp(o, e.disposition());
        }
        if (e.present() >= 3) {
            o.sp();
            bodyFldLang(o, e.language());
        }
        if (e.present() >= 4) {
            o.sp().nstring(e.location(), "body-fld-loc");
            for (ExtensionValue v : e.extra()) {
                o.sp();
                bodyExtension(o, v, depth + 1);
            }
        }
    }

    /** Empty list is NIL: the grammar has no empty parameter list. */
    private static void bodyFldParam(ResponseOutput o, List<Parameter> params, String field) {
        if (params.isEmpty()) {
            o.raw("NIL");
            return;
        }
        o.ch('(');
        for (int i = 0; i < params.size(); i++) {
            Parameter p = ResponseOutput.required(params.get(i), field);
            if (i > 0) {
                o.sp();
            }
            o.string(p.name(), field + " name").sp().string(p.value(), field + " value");
        }
        o.ch(')');
    }

    private static void bodyFldDsp(ResponseOutput o, Disposition d) {
        if (d == null) {
            o.raw("NIL");
            return;
        }
        o.ch('(').string(d.type(), "body-fld-dsp").sp();
        bodyFldParam(o, d.parameters(), "body-fld-dsp");
        o.ch(')');
    }

    /** One tag is written as a plain string, several as a list. */
    private static void bodyFldLang(ResponseOutput o, List<String> tags) {
        if (tags == null) {
            o.raw("NIL");
        } else if (tags.isEmpty()) {
            throw ResponseOutput.invalid("body-fld-lang", "an empty language list has no wire form; use null");
        } else if (tags.size() == 1) {
            o.string(tags.get(0), "body-fld-lang");
        } else {
            o.ch('(');
            for (int i = 0; i < tags.size(); i++) {
                if (i > 0) {
                    o.sp();
                }
                o.string(tags.get(i), "body-fld-lang");
            }
            o.ch(')');
        }
    }

    private static void bodyExtension(ResponseOutput o, ExtensionValue v, int depth) {
        checkDepth(depth);
        if (v instanceof ExtensionValue.Text t) {
            o.nstring(t.value(), "body-extension");
        } else if (v instanceof ExtensionValue.Number n) {
            o.number(n.value(), "body-extension");
        } else if (v instanceof ExtensionValue.Values list) {
            if (list.values().isEmpty()) {
                throw ResponseOutput.invalid("body-extension", "a parenthesised list has at least one value");
            }
            o.ch('(');
            for (int i = 0; i < list.values().size(); i++) {
                if (i > 0) {
                    o.sp();
                }
                bodyExtension(o, ResponseOutput.required(list.values().get(i), "body-extension"), depth + 1);
            }
            o.ch(')');
        } else {
            throw ResponseOutput.invalid("body-extension", "must not be null");
        }
    }
}

package org.imapharness.protocol.codec;

import java.util.List;
import org.imapharness.protocol.model.BodyStructure;
import org.imapharness.protocol.model.BodyStructure.Disposition;
import org.imapharness.protocol.model.BodyStructure.Extension;
import org.imapharness.protocol.model.BodyStructure.ExtensionValue;
import org.imapharness.protocol.model.BodyStructure.Parameter;
import org.imapharness.protocol.model.Envelope;

/**
 * {@code body} for BODY and BODYSTRUCTURE (RFC 3501 §7.4.2, §9), extension data included.
 * Nesting (multipart parts, message/rfc822 bodies, body-extension lists) is bounded by
 * {@link ResponseCursor#MAX_DEPTH}, so a hostile server cannot overflow the stack.
 */
final class ResponseBodyParser {
    private ResponseBodyParser() {
    }

    /** {@code body = "(" (body-type-1part / body-type-mpart) ")"}. */
    static BodyStructure body(ResponseLexer in) {
        in.enter("body");
        in.expect('(', "body");
        BodyStructure b = in.peek() == '(' ? bodyTypeMpart(in) : bodyType1part(in);
        in.expect(')', "body");
        in.leave();
        return b;
    }

    /** {@code body-type-mpart = 1*body SP media-subtype [SP body-ext-mpart]}. */
    private static BodyStructure bodyTypeMpart(ResponseLexer in) {
        int parts = in.listStart();
        do {
            in.listAdd(body(in));
        } while (in.peek() == '(');
        List<BodyStructure> partList = in.listEnd(parts);
        in.sp("body-type-mpart");
        String subtype = in.string("media-subtype");
        Extension ext = in.accept(' ') ? bodyExt(in, false) : null;
        return new BodyStructure.MultiPart(partList, subtype, ext);
    }

    /**
     * {@code body-type-1part = (body-type-basic / body-type-msg / body-type-text) [SP body-ext-1part]}.
     * TEXT/* adds body-fld-lines; MESSAGE/RFC822 (and MESSAGE/GLOBAL, RFC 9051) adds envelope,
     * body and lines.
     */
    private static BodyStructure bodyType1part(ResponseLexer in) {
        String type = in.string("media-type");
        in.sp("body-type-1part");
        String subtype = in.string("media-subtype");
        in.sp("body-type-1part");
        List<Parameter> params = bodyFldParam(in);
        in.sp("body-fields");
        String id = in.nstring("body-fld-id");
        in.sp("body-fields");
        String description = in.nstring("body-fld-desc");
        in.sp("body-fields");
        String encoding = in.string("body-fld-enc");
        in.sp("body-fields");
        long size = in.number("body-fld-octets");
        Long lines = null;
        Envelope envelope = null;
        BodyStructure nested = null;
        if (isMessage(type, subtype)) {
            in.sp("body-type-msg");
            envelope = ResponseEnvelopeParser.envelope(in);
            in.sp("body-type-msg");
            nested = body(in);
            in.sp("body-type-msg");
            lines = in.number("body-fld-lines");
        } else if ("TEXT".equalsIgnoreCase(type)) {
            in.sp("body-type-text");
            lines = in.number("body-fld-lines");
        }
        Extension ext = in.accept(' ') ? bodyExt(in, true) : null;
        return new BodyStructure.SinglePart(type, subtype, params, id, description, encoding, size, lines,
                envelope, nested, ext);
    }

    static boolean isMessage(String type, String subtype) {
        return "MESSAGE".equalsIgnoreCase(type)
                && ("RFC822".equalsIgnoreCase(subtype) || "GLOBAL".equalsIgnoreCase(subtype));
    }

    /**
     * {@code body-ext-1part = body-fld-md5 [SP body-fld-dsp [SP body-fld-lang [SP body-fld-loc
     * *(SP body-extension)]]]}, and {@code body-ext-mpart}, the same with body-fld-param first.
     */
    private static Extension bodyExt(ResponseLexer in, boolean singlePart) {
        String md5 = null;
        List<Parameter> params = List.of();
        if (singlePart) {
            md5 = in.nstring("body-fld-md5");
        } else {
            params = bodyFldParam(in);
        }
        Disposition disposition = null;
        List<String> language = null;
        String location = null;
        List<ExtensionValue> extra = List.of();
        int present = 1;
        if (in.accept(' ')) {
            disposition = bodyFldDsp(in);
            present = 2;
            if (in.accept(' ')) {
                language = bodyFldLang(in);
                present = 3;
                if (in.accept(' ')) {
                    location = in.nstring("body-fld-loc");
                    present = 4;
                    int mark = in.listStart();
                    while (in.accept(' ')) {
                        in.listAdd(bodyExtension(in));
                    }
                    extra = in.listEnd(mark);
                }
            }
        }
        return new Extension(md5, params, disposition, language, location, extra, present);
    }

    /**
     * {@code body-fld-param = "(" string SP string *(SP string SP string) ")" / nil}; NIL and
     * the quirky {@code ()} give an empty list, a NIL value (quirk) a null value.
     */
    static List<Parameter> bodyFldParam(ResponseLexer in) {
        if (in.acceptNil()) {
            return List.of();
        }
        in.expect('(', "body-fld-param");
        int params = in.listStart();
        if (in.peek() == ')') {
            in.quirk(Quirk.EMPTY_PARAMETER_LIST, "body-fld-param", "string");
        } else {
            do {
                String name = in.string("body-fld-param");
                in.sp("body-fld-param");
                int at = in.pos;
                String value;
                if (in.acceptNil()) {
                    in.quirkAt(at, Quirk.NIL_PARAMETER_VALUE, "body-fld-param", "string");
                    value = null;
                } else {
                    value = in.string("body-fld-param");
                }
                in.listAdd(new Parameter(name, value));
            } while (in.accept(' '));
        }
        in.expect(')', "body-fld-param");
        return in.listEnd(params);
    }

    /** {@code body-fld-dsp = "(" string SP body-fld-param ")" / nil}. */
    private static Disposition bodyFldDsp(ResponseLexer in) {
        if (in.acceptNil()) {
            return null;
        }
        in.expect('(', "body-fld-dsp");
        String type = in.string("body-fld-dsp");
        in.sp("body-fld-dsp");
        List<Parameter> params = bodyFldParam(in);
        in.expect(')', "body-fld-dsp");
        return new Disposition(type, params);
    }

    /** {@code body-fld-lang = nstring / "(" string *(SP string) ")"}; a single string is a list of one. */
    private static List<String> bodyFldLang(ResponseLexer in) {
        if (in.accept('(')) {
            int tags = in.listStart();
            do {
                in.listAdd(in.string("body-fld-lang"));
            } while (in.accept(' '));
            in.expect(')', "body-fld-lang");
            return in.listEnd(tags);
        }
        String tag = in.nstring("body-fld-lang");
        return tag == null ? null : List.of(tag);
    }

    /** {@code body-extension = nstring / number / "(" body-extension *(SP body-extension) ")"}. */
    private static ExtensionValue bodyExtension(ResponseLexer in) {
        in.enter("body-extension");
        ExtensionValue v;
        if (in.accept('(')) {
            int values = in.listStart();
            do {
                in.listAdd(bodyExtension(in));
            } while (in.accept(' '));
            in.expect(')', "body-extension");
            v = new ExtensionValue.Values(in.listEnd(values));
        } else if (ResponseLexer.isDigit(in.peek())) {
            v = new ExtensionValue.Number(in.number("body-extension"));
        } else {
            v = new ExtensionValue.Text(in.nstring("body-extension"));
        }
        in.leave();
        return v;
    }
}

package org.imapharness.protocol.codec;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.imapharness.protocol.model.SequenceSet;
import org.imapharness.protocol.response.UntaggedResponse;
import org.imapharness.protocol.response.UntaggedResponse.NamespaceDescriptor;

/**
 * Untagged data of the extensions we model: ESEARCH (RFC 4731 §3.1, MODSEQ from RFC 7162
 * §3.1.5), ENABLED (RFC 5161 §3.2), NAMESPACE (RFC 2342 §5), ID (RFC 2971 §3.2) and VANISHED
 * (RFC 7162 §3.2.10). Extension items the model cannot hold (other ESEARCH return data) are
 * errors, never silently dropped.
 */
final class ResponseExtensionParser {
    private ResponseExtensionParser() {
    }

    /** The extension response named by {@code [start, stop)} (already consumed), or null. */
    static UntaggedResponse extensionData(ResponseLexer in, int start, int stop) {
        if (in.is(start, stop, "ESEARCH")) {
            return esearch(in);
        }
        if (in.is(start, stop, "ENABLED")) {
            int caps = in.listStart();
            while (in.spThenMore()) {
                in.listAdd(in.atom("capability"));
            }
            return new UntaggedResponse.Enabled(in.listEnd(caps));
        }
        if (in.is(start, stop, "NAMESPACE")) {
            in.sp("namespace-response");
            List<NamespaceDescriptor> personal = namespace(in);
            in.sp("namespace-response");
            List<NamespaceDescriptor> others = namespace(in);
            in.sp("namespace-response");
            return new UntaggedResponse.Namespace(personal, others, namespace(in));
        }
        if (in.is(start, stop, "ID")) {
            in.sp("id-response");
            return new UntaggedResponse.Id(idParamsList(in));
        }
        if (in.is(start, stop, "VANISHED")) {
            return vanished(in);
        }
        return null;
    }

    /**
     * {@code esearch-response = "ESEARCH" [search-correlator] [SP "UID"] *(SP search-return-data)}
     * with the correlator {@code SP "(" "TAG" SP tag-string ")"}.
     */
    private static UntaggedResponse esearch(ResponseLexer in) {
        String tag = null;
        boolean uid = false;
        Long min = null;
        Long max = null;
        Long count = null;
        Long modSeq = null;
        SequenceSet all = null;
        boolean first = true;
        while (in.spThenMore()) {
            if (first && in.accept('(')) {
                int start = in.pos;
                int stop = in.scanName();
                if (!in.is(start, stop, "TAG")) {
                    throw in.fail("search-correlator", "TAG");
                }
                in.pos = stop;
                in.sp("search-correlator");
                tag = in.string("tag-string");
                in.expect(')', "search-correlator");
                first = false;
                continue;
            }
            first = false;
            int start = in.pos;
            int stop = in.scanName();
            if (stop == start) {
                throw in.fail("search-return-data", "UID, MIN, MAX, ALL, COUNT or MODSEQ");
            }
            in.pos = stop;
            if (in.is(start, stop, "UID") && !uid && min == null && max == null && all == null
                    && count == null && modSeq == null) {
                uid = true;
                continue;
            }
            in.sp("search-return-data");
            if (in.is(start, stop, "MIN") && min == null) {
                min = in.nzNumber("search-return-data");
            } else if (in.is(start, stop, "MAX") && max == null) {
                max = in.nzNumber("search-return-data");
            } else if (in.is(start, stop, "ALL") && all == null) {
                all = in.sequenceSet("sequence-set", true);
            } else if (in.is(start, stop, "COUNT") && count == null) {
                count = in.number("search-return-data");
            } else if (in.is(start, stop, "MODSEQ") && modSeq == null) {
                modSeq = in.modSequenceValue("mod-sequence-value");
            } else {
                throw in.failAt(start, "search-return-data", "MIN, MAX, ALL, COUNT or MODSEQ, each at most once");
            }
        }
        return new UntaggedResponse.Esearch(tag, uid, min, max, all, count, modSeq);
    }

    /** {@code Namespace = nil / "(" 1*Namespace-Descr ")"}. */
    private static List<NamespaceDescriptor> namespace(ResponseLexer in) {
        if (in.acceptNil()) {
            return null;
        }
        in.expect('(', "namespace");
        int list = in.listStart();
        do {
            in.listAdd(namespaceDescr(in));
        } while (in.peek() == '(');
        in.expect(')', "namespace");
        return in.listEnd(list);
    }

    /**
     * {@code Namespace-Descr = "(" string SP (DQUOTE QUOTED-CHAR DQUOTE / nil)
     * *(Namespace-Response-Extension) ")"}; an extension is {@code SP string SP "(" string *(SP string) ")"}.
     */
    private static NamespaceDescriptor namespaceDescr(ResponseLexer in) {
        in.expect('(', "namespace-descr");
        String prefix = in.string("namespace-descr");
        in.sp("namespace-descr");
        Character delimiter = ResponseMailboxParser.quotedCharOrNil(in, "namespace-descr");
        Map<String, List<String>> extensions = new LinkedHashMap<>();
        while (in.accept(' ')) {
            int start = in.pos;
            String name = in.string("namespace-response-extension");
            in.sp("namespace-response-extension");
            in.expect('(', "namespace-response-extension");
            int mark = in.listStart();
            do {
                in.listAdd(in.string("namespace-response-extension"));
            } while (in.accept(' '));
            in.expect(')', "namespace-response-extension");
            List<String> values = in.listEnd(mark);
            if (extensions.putIfAbsent(name, values) != null) {
                throw in.failAt(start, "namespace-response-extension", "each extension name at most once");
            }
        }
        in.expect(')', "namespace-descr");
        return new NamespaceDescriptor(prefix, delimiter, extensions);
    }

    /** {@code id-params-list = "(" *(string SP nstring) ")" / nil}; field names are unique. */
    private static Map<String, String> idParamsList(ResponseLexer in) {
        if (in.acceptNil()) {
            return null;
        }
        in.expect('(', "id-params-list");
        Map<String, String> params = new LinkedHashMap<>();
        if (in.accept(')')) {
            return params;
        }
        do {
            int start = in.pos;
            String key = in.string("id-params-list");
            in.sp("id-params-list");
            String value = in.nstring("id-params-list");
            if (params.containsKey(key)) {
                throw in.failAt(start, "id-params-list", "each field at most once (RFC 2971 §3.3)");
            }
            params.put(key, value);
        } while (in.accept(' '));
        in.expect(')', "id-params-list");
        return params;
    }

    /** {@code expunged-resp = "VANISHED" [SP "(EARLIER)"] SP known-uids}. */
    private static UntaggedResponse vanished(ResponseLexer in) {
        in.sp("expunged-resp");
        boolean earlier = false;
        if (in.accept('(')) {
            int start = in.pos;
            int stop = in.scanName();
            if (!in.is(start, stop, "EARLIER")) {
                throw in.fail("expunged-resp", "EARLIER");
            }
            in.pos = stop;
            in.expect(')', "expunged-resp");
            in.sp("expunged-resp");
            earlier = true;
        }
        return new UntaggedResponse.Vanished(earlier, in.sequenceSet("known-uids", false));
    }
}

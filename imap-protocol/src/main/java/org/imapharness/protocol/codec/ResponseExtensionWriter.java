package org.imapharness.protocol.codec;

import java.util.List;
import java.util.Map;
import org.imapharness.protocol.response.UntaggedResponse;
import org.imapharness.protocol.response.UntaggedResponse.NamespaceDescriptor;

/** Writes ESEARCH (RFC 4731 §3.1), NAMESPACE (RFC 2342 §5) and ID (RFC 2971 §3.2) data. */
final class ResponseExtensionWriter {
    private ResponseExtensionWriter() {
    }

    static void esearch(ResponseOutput o, UntaggedResponse.Esearch e) {
        o.raw("ESEARCH");
        if (e.tag() != null) {
            o.raw(" (TAG ").string(e.tag(), "ESEARCH tag").ch(')');
        }
        if (e.uid()) {
            o.raw(" UID");
        }
        if (e.min() != null) {
            o.raw(" MIN ").nzNumber(e.min(), "ESEARCH MIN");
        }
        if (e.max() != null) {
            o.raw(" MAX ").nzNumber(e.max(), "ESEARCH MAX");
        }
        if (e.all() != null) {
            o.raw(" ALL ").sequenceSet(e.all(), "ESEARCH ALL", true);
        }
        if (e.count() != null) {
            o.raw(" COUNT ").number(e.count(), "ESEARCH COUNT");
        }
        if (e.modSeq() != null) {
            o.raw(" MODSEQ ").modSequenceValue(e.modSeq(), "ESEARCH MODSEQ");
        }
    }

    static void namespace(ResponseOutput o, UntaggedResponse.Namespace n) {
        o.raw("NAMESPACE ");
        namespaceList(o, n.personal(), "personal namespace");
        o.sp();
        namespaceList(o, n.otherUsers(), "other users' namespace");
        o.sp();
        namespaceList(o, n.shared(), "shared namespace");
    }

    private static void namespaceList(ResponseOutput o, List<NamespaceDescriptor> list, String field) {
        if (list == null) {
            o.raw("NIL");
            return;
        }
        if (list.isEmpty()) {
            throw ResponseOutput.invalid(field, "an empty namespace list has no wire form; use null for NIL");
        }
        o.ch('(');
        for (NamespaceDescriptor d : list) {
            namespaceDescr(o, ResponseOutput.required(d, field));
        }
        o.ch(')');
    }

    static void id(ResponseOutput o, UntaggedResponse.Id id) {
        o.raw("ID ");
        if (id.parameters() == null) {
            o.raw("NIL");
            return;
        }
        o.ch('(');
        boolean first = true;
        for (Map.Entry<String, String> e : id.parameters().entrySet()) {
            if (!first) {
                o.sp();
            }
            first = false;
            o.string(e.getKey(), "ID field").sp().nstring(e.getValue(), "ID value");
        }
        o.ch(')');
    }

    /** {@code Namespace-Descr} with its extensions. */
    private static void namespaceDescr(ResponseOutput o, NamespaceDescriptor d) {
        o.ch('(').string(d.prefix(), "namespace prefix").sp().quotedCharOrNil(d.delimiter(), "namespace delimiter");
        for (Map.Entry<String, List<String>> e : d.extensions().entrySet()) {
            o.sp().string(e.getKey(), "namespace extension").raw(" (");
            List<String> values = e.getValue();
            if (values.isEmpty()) {
                throw ResponseOutput.invalid("namespace extension", "needs at least one value");
            }
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) {
                    o.sp();
                }
                o.string(values.get(i), "namespace extension value");
            }
            o.ch(')');
        }
        o.ch(')');
    }
}

package org.imapharness.protocol.codec;

import java.util.List;
import org.imapharness.protocol.response.ResponseCode;

/** Writes {@code resp-text-code} (RFC 3501 §7.1; RFC 4315 §3; RFC 7162 §3.1, §3.2.11). */
final class ResponseCodeWriter {
    private ResponseCodeWriter() {
    }

    static void respTextCode(ResponseOutput o, ResponseCode code) {
        if (code instanceof ResponseCode.Alert) {
            o.raw("ALERT");
        } else if (code instanceof ResponseCode.Parse) {
            o.raw("PARSE");
        } else if (code instanceof ResponseCode.ReadOnly) {
            o.raw("READ-ONLY");
        } else if (code instanceof ResponseCode.ReadWrite) {
            o.raw("READ-WRITE");
        } else if (code instanceof ResponseCode.TryCreate) {
            o.raw("TRYCREATE");
        } else if (code instanceof ResponseCode.UidNotSticky) {
            o.raw("UIDNOTSTICKY");
        } else if (code instanceof ResponseCode.NoModSeq) {
            o.raw("NOMODSEQ");
        } else if (code instanceof ResponseCode.Closed) {
            o.raw("CLOSED");
        } else if (code instanceof ResponseCode.BadCharset c) {
            o.raw("BADCHARSET");
            if (!c.charsets().isEmpty()) {
                o.raw(" (");
                separated(o, c.charsets(), "BADCHARSET charset", true);
                o.ch(')');
            }
        } else if (code instanceof ResponseCode.Capability c) {
            o.raw("CAPABILITY");
            ResponseUntaggedWriter.capabilities(o, c.capabilities());
        } else if (code instanceof ResponseCode.PermanentFlags f) {
            o.raw("PERMANENTFLAGS ");
            ResponseUntaggedWriter.flagList(o, f.flags(), "PERMANENTFLAGS flag", true);
        } else if (code instanceof ResponseCode.UidNext c) {
            o.raw("UIDNEXT ").nzNumber(c.uid(), "UIDNEXT");
        } else if (code instanceof ResponseCode.UidValidity c) {
            o.raw("UIDVALIDITY ").nzNumber(c.uidValidity(), "UIDVALIDITY");
        } else if (code instanceof ResponseCode.Unseen c) {
            o.raw("UNSEEN ").nzNumber(c.sequenceNumber(), "UNSEEN");
        } else if (code instanceof ResponseCode.HighestModSeq c) {
            o.raw("HIGHESTMODSEQ ").modSequenceValue(c.modSeq(), "HIGHESTMODSEQ");
        } else if (code instanceof ResponseCode.Modified c) {
            o.raw("MODIFIED ").sequenceSet(c.numbers(), "MODIFIED", true);
        } else if (code instanceof ResponseCode.AppendUid c) {
            o.raw("APPENDUID ").nzNumber(c.uidValidity(), "APPENDUID uidvalidity").sp()
                    .sequenceSet(c.uids(), "APPENDUID uids", false);
        } else if (code instanceof ResponseCode.CopyUid c) {
            o.raw("COPYUID ").nzNumber(c.uidValidity(), "COPYUID uidvalidity").sp()
                    .sequenceSet(c.sourceUids(), "COPYUID source", false).sp()
                    .sequenceSet(c.destinationUids(), "COPYUID destination", false);
        } else if (code instanceof ResponseCode.Other c) {
            other(o, c);
        } else {
            throw new IllegalArgumentException("unknown response code " + code);
        }
    }

    /** Another code's name must not be a modelled code, or it would read back as that code. */
    private static void other(ResponseOutput o, ResponseCode.Other c) {
        if (ResponseCodeParser.isKnown(ResponseOutput.required(c.name(), "code name"))) {
            throw ResponseOutput.invalid("code name", c.name() + " has its own ResponseCode record; use it");
        }
        o.atom(c.name(), "code name");
        if (c.text() != null) {
            o.sp().codeText(c.text(), "code text");
        }
    }

    static void separated(ResponseOutput o, List<String> values, String field, boolean astring) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                o.sp();
            }
            if (astring) {
                o.astring(values.get(i), field);
            } else {
                o.atom(values.get(i), field);
            }
        }
    }
}

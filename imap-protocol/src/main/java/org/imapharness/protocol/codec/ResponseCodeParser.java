package org.imapharness.protocol.codec;

import java.util.Locale;
import org.imapharness.protocol.model.SequenceSet;
import org.imapharness.protocol.response.ResponseCode;

/**
 * {@code resp-text-code} (RFC 3501 §7.1, §9; RFC 4315 §3; RFC 7162 §3.1, §3.2.11). A known
 * code must have exactly its own arguments: {@code [UIDNEXT abc]} is an error, not an unknown
 * code, because reading it as one would hide a broken server. Only other atoms become
 * {@link ResponseCode.Other}.
 */
final class ResponseCodeParser {
    private ResponseCodeParser() {
    }

    static ResponseCode respTextCode(ResponseLexer in) {
        int start = in.pos;
        int stop = in.scanAtom();
        if (stop == start) {
            throw in.fail("resp-text-code", "atom");
        }
        in.pos = stop;
        ResponseCode known = withoutArguments(in, start, stop);
        if (known != null) {
            return known;
        }
        if (in.is(start, stop, "BADCHARSET")) {
            return badcharset(in);
        }
        if (in.is(start, stop, "CAPABILITY")) {
            return new ResponseCode.Capability(ResponseMailboxParser.capabilityList(in, start));
        }
        if (in.is(start, stop, "PERMANENTFLAGS")) {
            in.sp("resp-text-code");
            return new ResponseCode.PermanentFlags(ResponseMailboxParser.flagList(in, true));
        }
        if (in.is(start, stop, "UIDNEXT")) {
            in.sp("resp-text-code");
            return new ResponseCode.UidNext(in.nzNumber("resp-text-code"));
        }
        if (in.is(start, stop, "UIDVALIDITY")) {
            in.sp("resp-text-code");
            return new ResponseCode.UidValidity(in.nzNumber("resp-text-code"));
        }
        if (in.is(start, stop, "UNSEEN")) {
            in.sp("resp-text-code");
            return new ResponseCode.Unseen(in.nzNumber("resp-text-code"));
        }
        if (in.is(start, stop, "HIGHESTMODSEQ")) {
            in.sp("resp-text-code");
            return new ResponseCode.HighestModSeq(in.modSequenceValue("mod-sequence-value"));
        }
        if (in.is(start, stop, "MODIFIED")) {
            in.sp("resp-text-code");
            return new ResponseCode.Modified(in.sequenceSet("sequence-set", true));
        }
        if (in.is(start, stop, "APPENDUID")) {
            return appenduid(in);
        }
        if (in.is(start, stop, "COPYUID")) {
            return copyuid(in);
        }
        String text = in.accept(' ') ? in.codeText("resp-text-code") : null;
        return new ResponseCode.Other(in.ascii(start, stop), text);
    }

    /** Names of the codes this parser models, upper case; an {@code Other} must not use them. */
    static boolean isKnown(String name) {
        return switch (name.toUpperCase(Locale.ROOT)) {
            case "ALERT", "PARSE", "READ-ONLY", "READ-WRITE", "TRYCREATE", "UIDNOTSTICKY", "NOMODSEQ", "CLOSED",
                    "BADCHARSET", "CAPABILITY", "PERMANENTFLAGS", "UIDNEXT", "UIDVALIDITY", "UNSEEN",
                    "HIGHESTMODSEQ", "MODIFIED", "APPENDUID", "COPYUID" -> true;
            default -> false;
        };
    }

    private static ResponseCode withoutArguments(ResponseLexer in, int start, int stop) {
        ResponseCode code;
        if (in.is(start, stop, "ALERT")) {
            code = new ResponseCode.Alert();
        } else if (in.is(start, stop, "PARSE")) {
            code = new ResponseCode.Parse();
        } else if (in.is(start, stop, "READ-ONLY")) {
            code = new ResponseCode.ReadOnly();
        } else if (in.is(start, stop, "READ-WRITE")) {
            code = new ResponseCode.ReadWrite();
        } else if (in.is(start, stop, "TRYCREATE")) {
            code = new ResponseCode.TryCreate();
        } else if (in.is(start, stop, "UIDNOTSTICKY")) {
            code = new ResponseCode.UidNotSticky();
        } else if (in.is(start, stop, "NOMODSEQ")) {
            code = new ResponseCode.NoModSeq();
        } else if (in.is(start, stop, "CLOSED")) {
            code = new ResponseCode.Closed();
        } else {
            return null;
        }
        if (in.peek() != ']') {
            throw in.fail("resp-text-code", "']' (" + in.ascii(start, stop) + " takes no arguments)");
        }
        return code;
    }

    /** {@code "BADCHARSET" [SP "(" astring *(SP astring) ")"]}. */
    private static ResponseCode badcharset(ResponseLexer in) {
        int charsets = in.listStart();
        if (in.accept(' ')) {
            in.expect('(', "resp-text-code");
            do {
                in.listAdd(in.astring("astring"));
            } while (in.accept(' '));
            in.expect(')', "resp-text-code");
        }
        return new ResponseCode.BadCharset(in.listEnd(charsets));
    }

    /** {@code resp-code-apnd = "APPENDUID" SP nz-number SP append-uid} (uid-set with MULTIAPPEND). */
    private static ResponseCode appenduid(ResponseLexer in) {
        in.sp("resp-code-apnd");
        long validity = in.nzNumber("resp-code-apnd");
        in.sp("resp-code-apnd");
        return new ResponseCode.AppendUid(validity, in.sequenceSet("uid-set", false));
    }

    /** {@code resp-code-copy = "COPYUID" SP nz-number SP uid-set SP uid-set}. */
    private static ResponseCode copyuid(ResponseLexer in) {
        in.sp("resp-code-copy");
        long validity = in.nzNumber("resp-code-copy");
        in.sp("resp-code-copy");
        SequenceSet source = in.sequenceSet("uid-set", false);
        in.sp("resp-code-copy");
        return new ResponseCode.CopyUid(validity, source, in.sequenceSet("uid-set", false));
    }
}

package org.imapharness.protocol.codec;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.imapharness.protocol.command.Command;
import org.imapharness.protocol.model.Octets;
import org.imapharness.protocol.model.SequenceSet;
import org.imapharness.protocol.model.StatusItem;

/**
 * Commands on mailboxes: SELECT/EXAMINE with RFC 7162 parameters, STATUS, LIST/LSUB and
 * APPEND (RFC 3501 §6.3). Each method starts after the command name.
 */
final class CommandMailboxRules {
    private CommandMailboxRules() {
    }

    /** {@code select / examine = name SP mailbox [select-params]} (RFC 4466 §2.1). */
    static Command.Select select(CommandCursor c, boolean readOnly) {
        c.sp(readOnly ? "examine" : "select");
        String mailbox = CommandStrings.mailbox(c, "mailbox");
        if (!c.is(' ')) {
            return new Command.Select(mailbox, readOnly, false, null);
        }
        return selectParams(c, mailbox, readOnly);
    }

    /**
     * {@code select-params = SP "(" select-param *(SP select-param) ")"} (RFC 4466 §2.1), the
     * parameters being CONDSTORE and QRESYNC (RFC 7162 §3.1.8, §3.2.5), each at most once.
     */
    private static Command.Select selectParams(CommandCursor c, String mailbox, boolean readOnly) {
        c.sp("select-params");
        c.expect("select-params", '(');
        boolean condstore = false;
        Command.Qresync qresync = null;
        do {
            int at = c.position();
            if (!condstore && c.tryKeyword("CONDSTORE")) {
                condstore = true;
            } else if (qresync == null && c.tryKeyword("QRESYNC")) {
                qresync = qresyncParam(c);
            } else {
                throw c.errorAt("select-param", at, "CONDSTORE or QRESYNC, each at most once", c.found(at));
            }
        } while (c.skip(' '));
        c.expect("select-params", ')');
        return new Command.Select(mailbox, readOnly, condstore, qresync);
    }

    /**
     * {@code qresync-param}, after the name (RFC 7162 §3.2.5): {@code SP "(" uidvalidity SP
     * mod-sequence-value [SP known-uids] [SP seq-match-data] ")"}.
     */
    private static Command.Qresync qresyncParam(CommandCursor c) {
        c.sp("qresync-param");
        c.expect("qresync-param", '(');
        long uidValidity = c.nzNumber("uidvalidity");
        c.sp("qresync-param");
        long modSeq = c.modSequenceValue("qresync-param");
        SequenceSet knownUids = null;
        SequenceSet[] seqMatch = null;
        if (c.skip(' ')) {
            if (!c.is('(')) {
                knownUids = c.sequenceSet("known-uids");
            }
            if (knownUids == null || c.skip(' ')) {
                seqMatch = seqMatchData(c);
            }
        }
        c.expect("qresync-param", ')');
        return seqMatch == null
                ? new Command.Qresync(uidValidity, modSeq, knownUids, null, null)
                : new Command.Qresync(uidValidity, modSeq, knownUids, seqMatch[0], seqMatch[1]);
    }

    /** {@code seq-match-data = "(" known-sequence-set SP known-uid-set ")"}. */
    private static SequenceSet[] seqMatchData(CommandCursor c) {
        c.expect("seq-match-data", '(');
        SequenceSet numbers = c.sequenceSet("known-sequence-set");
        c.sp("seq-match-data");
        SequenceSet uids = c.sequenceSet("known-uid-set");
        c.expect("seq-match-data", ')');
        return new SequenceSet[] {numbers, uids};
    }

    /** {@code status = "STATUS" SP mailbox SP "(" status-att *(SP status-att) ")"}. */
    static Command.Status status(CommandCursor c) {
        c.sp("status");
        String mailbox = CommandStrings.mailbox(c, "mailbox");
        c.sp("status");
        c.expect("status", '(');
        List<StatusItem> items = new ArrayList<>();
        do {
            items.add(statusAtt(c));
        } while (c.skip(' '));
        c.expect("status", ')');
        return new Command.Status(mailbox, items);
    }

    /** {@code status-att}, plus HIGHESTMODSEQ (RFC 7162 §3.1.6). */
    static StatusItem statusAtt(CommandCursor c) {
        int at = c.position();
        String name = c.word("status-att", "status-att");
        for (StatusItem item : StatusItem.values()) {
            if (item.wire().equals(name)) {
                return item;
            }
        }
        throw c.errorAt("status-att", at, "MESSAGES, RECENT, UIDNEXT, UIDVALIDITY, UNSEEN or HIGHESTMODSEQ",
                "'" + name + "'");
    }

    /** {@code list / lsub = name SP mailbox SP list-mailbox}. */
    static Command.List list(CommandCursor c, boolean subscribedOnly) {
        String rule = subscribedOnly ? "lsub" : "list";
        c.sp(rule);
        String reference = CommandStrings.mailbox(c, "mailbox");
        c.sp(rule);
        return new Command.List(reference, CommandStrings.listMailbox(c), subscribedOnly);
    }

    /**
     * {@code append = "APPEND" SP mailbox [SP flag-list] [SP date-time] SP (literal / literal8)};
     * literal8 is RFC 3516 §4.4's form for messages that may hold NUL.
     */
    static Command.Append append(CommandCursor c) {
        c.sp("append");
        String mailbox = CommandStrings.mailbox(c, "mailbox");
        c.sp("append");
        List<String> flags = null;
        if (c.is('(')) {
            flags = CommandStoreRules.flagList(c);
            c.sp("append");
        }
        OffsetDateTime internalDate = null;
        if (c.is('"')) {
            internalDate = CommandDates.dateTime(c);
            c.sp("append");
        }
        byte[] message;
        if (c.is('~')) {
            message = CommandStrings.literal8(c);
        } else if (c.is('{')) {
            message = CommandStrings.literal(c);
        } else {
            throw c.error("append", internalDate != null ? "literal"
                    : flags != null ? "date-time or literal" : "flag-list, date-time or literal");
        }
        return new Command.Append(mailbox, flags, internalDate, Octets.of(message));
    }
}

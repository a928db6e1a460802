package org.imapharness.protocol.command;

import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.imapharness.protocol.model.Octets;
import org.imapharness.protocol.model.SequenceSet;
import org.imapharness.protocol.model.StatusItem;

/**
 * Every client command of RFC 3501 §6 plus the extension commands we test. Mailbox names
 * are in wire form (modified UTF-7, §5.1.3). A command travels with its tag as a
 * {@link TaggedCommand}; IDLE's {@code DONE} and AUTHENTICATE's answers are continuation
 * lines, not commands.
 */
public sealed interface Command {

    /** The command name as sent, e.g. {@code UID FETCH}. */
    String name();

    // §6.1 any state
    record Capability() implements Command {
        public String name() { return "CAPABILITY"; }
    }

    record Noop() implements Command {
        public String name() { return "NOOP"; }
    }

    record Logout() implements Command {
        public String name() { return "LOGOUT"; }
    }

    /** RFC 2971. {@code parameters} is {@code null} for NIL. */
    record Id(Map<String, String> parameters) implements Command {
        public Id {
            parameters = parameters == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        }

        public String name() { return "ID"; }
    }

    // §6.2 not authenticated
    record StartTls() implements Command {
        public String name() { return "STARTTLS"; }
    }

    /**
     * §6.2.2; {@code initialResponse} is the SASL-IR (RFC 4959) decoded bytes, {@code null}
     * when absent; an empty response is sent as {@code =}.
     */
    record Authenticate(String mechanism, Octets initialResponse) implements Command {
        public String name() { return "AUTHENTICATE"; }
    }

    record Login(String user, String password) implements Command {
        public String name() { return "LOGIN"; }
    }

    // §6.3 authenticated
    /** SELECT (§6.3.1) or EXAMINE (§6.3.2), with the RFC 7162 CONDSTORE / QRESYNC parameters. */
    record Select(String mailbox, boolean readOnly, boolean condstore, Qresync qresync) implements Command {
        public String name() { return readOnly ? "EXAMINE" : "SELECT"; }
    }

    /** QRESYNC select parameter (RFC 7162 §3.2.5); optional parts are {@code null}. */
    record Qresync(long uidValidity, long modSeq, SequenceSet knownUids, SequenceSet knownSequenceNumbers,
                   SequenceSet knownSequenceUids) {
        public Qresync {
            if ((knownSequenceNumbers == null) != (knownSequenceUids == null)) {
                throw new IllegalArgumentException("seq-match-data needs both sequence numbers and UIDs");
            }
        }
    }

    record Create(String mailbox) implements Command {
        public String name() { return "CREATE"; }
    }

    record Delete(String mailbox) implements Command {
        public String name() { return "DELETE"; }
    }

    record Rename(String from, String to) implements Command {
        public String name() { return "RENAME"; }
    }

    record Subscribe(String mailbox) implements Command {
        public String name() { return "SUBSCRIBE"; }
    }

    record Unsubscribe(String mailbox) implements Command {
        public String name() { return "UNSUBSCRIBE"; }
    }

    /**
     * LIST (§6.3.8) or LSUB (§6.3.9); LIST may carry RFC 5258 / RFC 5819 options ({@code extended},
     * {@link ListOptions#NONE} when plain).
     */
    record List(String reference, String pattern, boolean subscribedOnly, ListOptions extended) implements Command {
        public List {
            extended = extended == null ? ListOptions.NONE : extended;
            if (subscribedOnly && extended.isExtended()) {
                throw new IllegalArgumentException("LSUB takes no LIST-EXTENDED options (RFC 5258 §3)");
            }
        }

        public List(String reference, String pattern, boolean subscribedOnly) {
            this(reference, pattern, subscribedOnly, ListOptions.NONE);
        }

        public String name() { return subscribedOnly ? "LSUB" : "LIST"; }
    }

    record Status(String mailbox, java.util.List<StatusItem> items) implements Command {
        public Status {
            items = java.util.List.copyOf(items);
            if (items.isEmpty()) {
                throw new IllegalArgumentException("STATUS needs at least one item");
            }
        }

        public String name() { return "STATUS"; }
    }

    /** §6.3.11; {@code flags} and {@code internalDate} are {@code null} when omitted. */
    record Append(String mailbox, java.util.List<String> flags, OffsetDateTime internalDate, Octets message)
            implements Command {
        public Append {
            flags = flags == null ? null : java.util.List.copyOf(flags);
        }

        public String name() { return "APPEND"; }
    }

    record Enable(java.util.List<String> capabilities) implements Command {
        public Enable {
            capabilities = java.util.List.copyOf(capabilities);
        }

        public String name() { return "ENABLE"; }
    }

    record Namespace() implements Command {
        public String name() { return "NAMESPACE"; }
    }

    record Idle() implements Command {
        public String name() { return "IDLE"; }
    }

    // §6.4 selected
    record Check() implements Command {
        public String name() { return "CHECK"; }
    }

    record Close() implements Command {
        public String name() { return "CLOSE"; }
    }

    record Unselect() implements Command {
        public String name() { return "UNSELECT"; }
    }

    /** EXPUNGE (§6.4.3), or UID EXPUNGE (RFC 4315 §2.1) when {@code uids} is set. */
    record Expunge(SequenceSet uids) implements Command {
        public String name() { return uids == null ? "EXPUNGE" : "UID EXPUNGE"; }
    }

    /**
     * SEARCH (§6.4.4); {@code charset} is {@code null} when omitted; {@code returnOptions} is
     * {@code null} for a plain SEARCH and a (possibly empty) list for ESEARCH (RFC 4731).
     */
    record Search(boolean uid, String charset, java.util.List<SearchKey> keys, java.util.List<String> returnOptions)
            implements Command {
        public Search {
            keys = java.util.List.copyOf(keys);
            returnOptions = returnOptions == null ? null : java.util.List.copyOf(returnOptions);
            if (keys.isEmpty()) {
                throw new IllegalArgumentException("SEARCH needs at least one key");
            }
        }

        public String name() { return uid ? "UID SEARCH" : "SEARCH"; }
    }

    /** FETCH (§6.4.5) with the RFC 7162 CHANGEDSINCE / VANISHED modifiers ({@code null} / false when absent). */
    record Fetch(boolean uid, SequenceSet set, java.util.List<FetchAttribute> items, Long changedSince,
                 boolean vanished) implements Command {
        public Fetch {
            items = java.util.List.copyOf(items);
            if (items.isEmpty()) {
                throw new IllegalArgumentException("FETCH needs at least one item");
            }
        }

        public String name() { return uid ? "UID FETCH" : "FETCH"; }
    }

    /** STORE (§6.4.6) with the RFC 7162 UNCHANGEDSINCE modifier ({@code null} when absent). */
    record Store(boolean uid, SequenceSet set, StoreMode mode, boolean silent, java.util.List<String> flags,
                 Long unchangedSince) implements Command {
        public Store {
            flags = java.util.List.copyOf(flags);
        }

        public String name() { return uid ? "UID STORE" : "STORE"; }
    }

    record Copy(boolean uid, SequenceSet set, String mailbox) implements Command {
        public String name() { return uid ? "UID COPY" : "COPY"; }
    }

    /** RFC 6851. */
    record Move(boolean uid, SequenceSet set, String mailbox) implements Command {
        public String name() { return uid ? "UID MOVE" : "MOVE"; }
    }
}

package org.imapharness.server.fault;

/**
 * A deliberate defect the reference server can be started with ({@code --fault NAME}). Each
 * one breaks exactly one rule that a harness check enforces, so switching it on must turn that
 * check red: the share of faults the suites catch is the harness's detection score
 * (DESIGN.md §6). {@link #rule()} says in our words what the faulty server does wrong.
 */
public enum Fault {
    EXPUNGE_NO_DECREMENT("expunge-no-decrement",
            "EXPUNGE responses for several messages are numbered as if earlier ones had not been removed",
            "RFC 3501 §7.4.1", Level.MUST),
    UID_REUSE("uid-reuse",
            "a new message gets the UID of a message expunged earlier under the same UIDVALIDITY",
            "RFC 3501 §2.3.1.1", Level.MUST),
    UIDNEXT_STALE("uidnext-stale",
            "UIDNEXT stays the same after messages are appended",
            "RFC 3501 §2.3.1.1, §7.1", Level.MUST),
    UIDVALIDITY_REUSED("uidvalidity-reused",
            "a mailbox deleted and created again keeps its old UIDVALIDITY while its UIDs restart",
            "RFC 3501 §2.3.1.1, §6.3.3", Level.MUST),
    FLAG_UPDATE_NOT_BROADCAST("flag-update-not-broadcast",
            "flag changes made by one session are never reported to other sessions on the mailbox",
            "RFC 3501 §5.2, §7.4.2", Level.SHOULD),
    EXISTS_NOT_SENT("exists-not-sent",
            "a message appended by another session is not announced with EXISTS to a selected session",
            "RFC 3501 §5.2, §7.3.1", Level.MUST),
    IDLE_NO_EXISTS("idle-no-exists",
            "a session in IDLE is not sent EXISTS when a message arrives",
            "RFC 2177 §3; RFC 3501 §5.2", Level.MUST),
    EXPUNGE_DURING_FETCH("expunge-during-fetch",
            "pending EXPUNGE responses are sent while answering FETCH",
            "RFC 3501 §7.4.1", Level.MUST),
    CLOSE_EXPUNGE_SENDS_EXPUNGE("close-expunge-sends-expunge",
            "CLOSE sends untagged EXPUNGE responses for the messages it removes",
            "RFC 3501 §6.4.2", Level.MUST),
    PEEK_SETS_SEEN("peek-sets-seen",
            "FETCH BODY.PEEK[...] sets the \\Seen flag",
            "RFC 3501 §6.4.5", Level.MUST),
    PARTIAL_OFF_BY_ONE("partial-off-by-one",
            "a partial FETCH BODY[]<origin.count> returns data starting one octet late",
            "RFC 3501 §6.4.5", Level.MUST),
    BODYSTRUCTURE_MULTIPART_WRONG("bodystructure-multipart-wrong",
            "BODYSTRUCTURE of a multipart message omits the nesting of its parts",
            "RFC 3501 §7.4.2", Level.MUST),
    SEARCH_SINCE_EXCLUSIVE("search-since-exclusive",
            "SEARCH SINCE leaves out messages whose internal date is on the given day",
            "RFC 3501 §6.4.4", Level.MUST),
    SEARCH_NOT_CASE_INSENSITIVE("search-not-case-insensitive",
            "string search keys match only with the exact case",
            "RFC 3501 §6.4.4", Level.MUST),
    MODSEQ_NOT_INCREASED("modseq-not-increased",
            "a flag change leaves the message's MODSEQ unchanged",
            "RFC 7162 §3.1", Level.MUST),
    LITERAL_NO_CONTINUATION("literal-no-continuation",
            "a synchronizing literal is never answered with a continuation request",
            "RFC 3501 §7.5", Level.MUST),
    STARTTLS_KEEPS_PIPELINED("starttls-keeps-pipelined",
            "plaintext sent after STARTTLS, before the handshake, is executed instead of discarded",
            "RFC 3501 §6.2.1, §11.1", Level.MUST),
    CAPABILITY_NOT_REISSUED_AFTER_TLS("capability-not-reissued-after-tls",
            "CAPABILITY after STARTTLS still lists the pre-TLS capabilities (STARTTLS, LOGINDISABLED)",
            "RFC 3501 §6.2.1", Level.SHOULD),
    LOGIN_BEFORE_TLS("login-before-tls",
            "LOGIN succeeds before TLS and LOGINDISABLED is not advertised, although plaintext auth is off",
            "RFC 3501 §6.2.3, §11.2", Level.MUST),
    QUOTED_ESCAPE_IGNORED("quoted-escape-ignored",
            "a backslash in a quoted string is taken literally, so \\\" ends the string and \\\\ stays two backslashes",
            "RFC 3501 §4.3, §9 (quoted)", Level.MUST),
    LITERAL_COUNT_OFF_BY_ONE("literal-count-off-by-one",
            "a literal {n} is read as n-1 octets of data, the last octet taken as command text",
            "RFC 3501 §4.3", Level.MUST),
    LITERAL_PLUS_WAITS("literal-plus-waits",
            "a non-synchronizing literal {n+} is answered with a continuation request, as if synchronizing",
            "RFC 7888 §3", Level.MUST),
    TLS_LEGACY_ALLOWED("tls-legacy-allowed",
            "TLS 1.0 and 1.1 handshakes are accepted, with the CBC suites those versions need",
            "RFC 8996 §2, §3", Level.MUST),
    TLS_WEAK_CIPHERS("tls-weak-ciphers",
            "static-RSA key exchange suites (no forward secrecy) are offered, with an RSA certificate to use them",
            "RFC 9325 §4.1", Level.SHOULD),
    STARTTLS_IN_TLS_ALLOWED("starttls-in-tls-allowed",
            "STARTTLS is answered OK when TLS is already active, though no new handshake follows",
            "RFC 3501 §6.2.1", Level.SHOULD),
    STARTTLS_AFTER_LOGIN_ALLOWED("starttls-after-login-allowed",
            "STARTTLS is accepted in the authenticated state (reachable when plaintext auth is allowed)",
            "RFC 3501 §6.2.1, §3", Level.MUST),
    AUTH_REVEALS_UNKNOWN_USER("auth-reveals-unknown-user",
            "a failed login for a name without an account gets a different answer than a wrong password",
            "RFC 3501 §11", Level.SHOULD),
    AUTHENTICATE_CANCEL_IGNORED("authenticate-cancel-ignored",
            "a \"*\" line cancelling AUTHENTICATE is answered with another challenge instead of a tagged BAD",
            "RFC 3501 §6.2.2", Level.MUST),
    SASL_IR_IGNORED("sasl-ir-ignored",
            "the initial response on the AUTHENTICATE line is dropped and a challenge sent, although SASL-IR is advertised",
            "RFC 4959 §3", Level.MUST),
    AUTH_FAILURE_AUTHENTICATES("auth-failure-authenticates",
            "after AUTHENTICATE fails with a wrong password the session is left authenticated as the named user",
            "RFC 3501 §6.2.2, §3", Level.MUST),
    RESPONSE_TEXT_UNSANITIZED("response-text-unsanitized",
            "client text quoted in response texts (mailbox names in errors) is sent raw, CR and LF included",
            "RFC 3501 §9 (text)", Level.MUST),
    TAG_UNCHECKED("tag-unchecked",
            "a command tagged \"*\" or \"+\" is executed and answered with that tag",
            "RFC 3501 §9 (tag)", Level.MUST),
    NO_LINE_LIMIT("no-line-limit",
            "a command line is buffered up to max-buffered-bytes instead of being refused past max-line-length",
            "RFC 3501 §9 (command); memory exhaustion", Level.SHOULD),
    LITERAL_SIZE_UNCHECKED("literal-size-unchecked",
            "a synchronizing literal larger than max-literal-size gets a continuation request instead of NO [TOOBIG]",
            "RFC 3501 §7.5", Level.SHOULD),
    LITERAL_SIZE_WRAPS("literal-size-wraps",
            "a literal size above 4294967295 is read modulo 2^32 and gets a continuation request",
            "RFC 3501 §9 (number)", Level.MUST),
    DEEP_NESTING_UNANSWERED("deep-nesting-unanswered",
            "a command nested deeper than the parser allows is never answered and the session stops reading",
            "RFC 3501 §7.1.3; stack exhaustion", Level.SHOULD),
    PIPELINE_OVERFLOW_DROPPED("pipeline-overflow-dropped",
            "pipelined commands beyond max-commands-in-flight are dropped unanswered instead of reading being paused",
            "RFC 3501 §5.5", Level.MUST),
    NO_THROTTLE("no-throttle",
            "repeated failed logins are answered at full speed, without delay or lockout",
            "RFC 3501 §11", Level.SHOULD),
    // Mailbox and session commands of RFC 3501 (§6.1, §6.3, §6.4.2, §6.4.7).
    LIST_PERCENT_CROSSES_DELIMITER("list-percent-crosses-delimiter",
            "the LIST/LSUB wildcard % also matches the hierarchy delimiter, so it reaches every level like *",
            "RFC 3501 §6.3.8", Level.MUST),
    LIST_OMITS_NOSELECT("list-omits-noselect",
            "LIST leaves out \\Noselect levels, so a % listing hides the path to their inferiors",
            "RFC 3501 §6.3.8", Level.MUST),
    LSUB_LISTS_UNSUBSCRIBED("lsub-lists-unsubscribed",
            "LSUB returns every mailbox matching the pattern, subscribed or not",
            "RFC 3501 §6.3.9", Level.MUST),
    CREATE_EXISTING_OK("create-existing-ok",
            "CREATE of a name that already exists answers OK instead of NO",
            "RFC 3501 §6.3.3", Level.MUST),
    DELETE_REMOVES_INFERIORS("delete-removes-inferiors",
            "DELETE of a mailbox with inferior names deletes the inferiors and their messages too",
            "RFC 3501 §6.3.4", Level.MUST),
    DELETE_UNSUBSCRIBES("delete-unsubscribes",
            "DELETE removes the name from the subscription list",
            "RFC 3501 §6.3.6", Level.MUST),
    RENAME_INBOX_DELETES_INBOX("rename-inbox-deletes-inbox",
            "RENAME INBOX renames it like any mailbox, so INBOX is gone instead of left empty",
            "RFC 3501 §6.3.5", Level.MUST),
    SELECT_UNSEEN_COUNT("select-unseen-count",
            "the [UNSEEN n] code of SELECT gives the number of unseen messages, not the first one's sequence number",
            "RFC 3501 §6.3.1, §7.1", Level.MUST),
    EXAMINE_READ_WRITE("examine-read-write",
            "EXAMINE opens the mailbox read-write and answers [READ-WRITE], as SELECT does",
            "RFC 3501 §6.3.2", Level.MUST),
    EXAMINE_FETCH_SETS_SEEN("examine-fetch-sets-seen",
            "FETCH BODY[...] in a mailbox opened with EXAMINE sets \\Seen",
            "RFC 3501 §6.3.2", Level.MUST),
    STATUS_UNSEEN_FIRST_NUMBER("status-unseen-first-number",
            "STATUS UNSEEN gives the sequence number of the first unseen message, not the number of unseen messages",
            "RFC 3501 §6.3.10", Level.MUST),
    APPEND_FLAGS_DROPPED("append-flags-dropped",
            "the flag list of APPEND is ignored: the message is stored without flags",
            "RFC 3501 §6.3.11", Level.SHOULD),
    APPEND_NO_TRYCREATE("append-no-trycreate",
            "APPEND to a mailbox that does not exist answers NO without the [TRYCREATE] code",
            "RFC 3501 §6.3.11", Level.MUST),
    COPY_FLAGS_DROPPED("copy-flags-dropped",
            "COPY gives the copies no flags instead of those of the originals",
            "RFC 3501 §6.4.7", Level.SHOULD),
    CLOSE_EXPUNGES_READ_ONLY("close-expunges-read-only",
            "CLOSE of a mailbox opened with EXAMINE removes its \\Deleted messages",
            "RFC 3501 §6.4.2", Level.MUST),
    DELETE_NOSELECT_PARENT_OK("delete-noselect-parent-ok",
            "DELETE of a \\Noselect name that still has inferiors answers OK (and changes nothing) instead of NO",
            "RFC 3501 §6.3.4", Level.MUST),
    UNSUBSCRIBE_REMOVES_INFERIORS("unsubscribe-removes-inferiors",
            "UNSUBSCRIBE also removes the subscriptions of every inferior name of the one given",
            "RFC 3501 §6.3.7", Level.MUST),
    STATUS_CLEARS_RECENT("status-clears-recent",
            "STATUS takes the \\Recent flag from the new messages it counts, as if it had selected the mailbox",
            "RFC 3501 §6.3.10, §2.3.2", Level.MUST),
    LOGOUT_NO_BYE("logout-no-bye",
            "LOGOUT completes and closes the connection without the untagged BYE",
            "RFC 3501 §6.1.3", Level.MUST);

    /** Strength of the broken rule; MUST also covers behaviour an RFC defines without the keyword. */
    public enum Level { MUST, SHOULD }

    private final String cliName;
    private final String rule;
    private final String rfc;
    private final Level level;

    Fault(String cliName, String rule, String rfc, Level level) {
        this.cliName = cliName;
        this.rule = rule;
        this.rfc = rfc;
        this.level = level;
    }

    /** The kebab-case name used with {@code --fault} and the {@code fault} config key. */
    public String cliName() {
        return cliName;
    }

    /** What the faulty server does wrong, in our words. */
    public String rule() {
        return rule;
    }

    /** The RFC section(s) whose rule is broken, e.g. {@code RFC 3501 §7.4.1}. */
    public String rfc() {
        return rfc;
    }

    public Level level() {
        return level;
    }
}

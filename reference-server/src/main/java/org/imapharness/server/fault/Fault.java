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
    ENVELOPE_SENDER_NOT_DEFAULTED("envelope-sender-not-defaulted",
            "ENVELOPE gives NIL for an absent Sender or Reply-To instead of repeating From",
            "RFC 3501 §7.4.2", Level.MUST),
    RFC822_SIZE_BARE_LF("rfc822-size-bare-lf",
            "RFC822.SIZE counts the message as stored with bare LF line ends, one octet short per line",
            "RFC 3501 §2.3.4", Level.MUST),
    HEADER_FIELDS_CASE_SENSITIVE("header-fields-case-sensitive",
            "BODY[HEADER.FIELDS (...)] returns only the fields whose name has the exact case requested",
            "RFC 3501 §6.4.5", Level.MUST),
    BODY_TEXT_WITH_BLANK_LINE("body-text-with-blank-line",
            "BODY[TEXT] starts with the blank line that ends the header",
            "RFC 3501 §6.4.5", Level.MUST),
    MIME_HEADER_WITHOUT_BLANK_LINE("mime-header-without-blank-line",
            "BODY[n.MIME] leaves out the blank line that ends the part's MIME header",
            "RFC 3501 §6.4.5", Level.MUST),
    PARTIAL_BEYOND_END_NIL("partial-beyond-end-nil",
            "a partial FETCH whose origin lies past the end returns NIL instead of an empty string",
            "RFC 3501 §6.4.5", Level.MUST),
    SEARCH_SIZE_INCLUSIVE("search-size-inclusive",
            "SEARCH LARGER and SMALLER also match messages of exactly the given size",
            "RFC 3501 §6.4.4", Level.MUST),
    SEARCH_HEADER_WHOLE_VALUE("search-header-whole-value",
            "SEARCH HEADER matches only a field whose whole value is the string, not one that contains it",
            "RFC 3501 §6.4.4", Level.MUST),
    SEARCH_DATE_USES_SENT_DATE("search-date-uses-sent-date",
            "SEARCH BEFORE, ON and SINCE compare the Date: header field instead of the internal date",
            "RFC 3501 §6.4.4", Level.MUST),
    UID_RANGE_STAR_EMPTY("uid-range-star-empty",
            "UID FETCH n:* with n above the highest UID returns nothing instead of the last message",
            "RFC 3501 §6.4.8, §9 (seq-range)", Level.MUST),
    APPENDUID_NEXT_UID("appenduid-next-uid",
            "APPENDUID names the UID after the one the appended message got",
            "RFC 4315 §3", Level.MUST),
    MOVE_NO_EXPUNGE("move-no-expunge",
            "MOVE sends no EXPUNGE for the moved messages, so the session still sees them in the source",
            "RFC 6851 §3.3", Level.MUST),
    ESEARCH_UID_MISSING("esearch-uid-missing",
            "the ESEARCH answer to UID SEARCH lacks the UID indicator, so its UIDs read as sequence numbers",
            "RFC 4731 §3.1", Level.MUST),
    ENABLE_LISTS_UNKNOWN("enable-lists-unknown",
            "ENABLED names every extension the client asked for, the unknown ones included",
            "RFC 5161 §3.1", Level.MUST),
    UNSELECT_EXPUNGES("unselect-expunges",
            "UNSELECT removes the messages marked \\Deleted, as CLOSE does",
            "RFC 3691 §2", Level.MUST),
    COPYUID_SOURCE_UIDVALIDITY("copyuid-source-uidvalidity",
            "COPYUID names the UIDVALIDITY of the source mailbox instead of the destination's",
            "RFC 4315 §3", Level.MUST),
    BODY_LINES_OFF_BY_ONE("body-lines-off-by-one",
            "BODY and BODYSTRUCTURE give a text part one line more than its body has",
            "RFC 3501 §7.4.2 (body-fld-lines)", Level.MUST),
    SEARCH_NOT_TAKES_REST("search-not-takes-rest",
            "SEARCH NOT negates all the keys that follow it instead of the one key after it",
            "RFC 3501 §6.4.4", Level.MUST),
    BINARY_SIZE_ENCODED("binary-size-encoded",
            "BINARY.SIZE gives the size of the part as stored, transfer encoding included, not decoded",
            "RFC 3516 §4.2", Level.MUST),
    VANISHED_WITHOUT_EARLIER("vanished-without-earlier",
            "SELECT with QRESYNC reports expunges made before the session as VANISHED without (EARLIER)",
            "RFC 7162 §3.2.5.1", Level.MUST),
    NAMESPACE_DELIMITER_MISMATCH("namespace-delimiter-mismatch",
            "NAMESPACE gives the personal namespace a hierarchy delimiter other than the one LIST reports",
            "RFC 2342 §5", Level.MUST);

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

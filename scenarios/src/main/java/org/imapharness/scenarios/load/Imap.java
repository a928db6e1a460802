package org.imapharness.scenarios.load;

import java.util.List;
import java.util.function.Function;
import org.imapharness.core.client.CommandResult;
import org.imapharness.protocol.model.StatusItem;
import org.imapharness.protocol.response.ResponseCode;
import org.imapharness.protocol.response.StatusCondition;

/**
 * The IMAP DSL for Gatling's Java API, in the shape of Gatling's own HTTP DSL:
 * <pre>{@code
 * ImapProtocolBuilder imap = Imap.imap().server("127.0.0.1", 993).implicitTls().trustCertificatePem(pem);
 * ScenarioBuilder s = scenario("read").feed(users)
 *     .exec(Imap.imap("connect").connect())
 *     .exec(Imap.imap("login").login())
 *     .exec(Imap.imap("select").select("INBOX").check(Imap.exists().gte(1).saveAs("exists")))
 *     .exec(Imap.imap("fetch headers").fetchHeaders("1:#{exists}").check(Imap.fetchCount().gte(1)))
 *     .exec(Imap.imap("logout").logout());
 * setUp(s.injectOpen(atOnceUsers(10))).protocols(imap);
 * }</pre>
 * Checks extract from the parsed responses of the request's own command (with pipelining off
 * inside a virtual user, that is exactly its responses, RFC 3501 §7).
 */
public final class Imap {

    private Imap() {
    }

    /** The protocol: target, TLS, trust, credentials, timeouts. */
    public static ImapProtocolBuilder imap() {
        return ImapProtocolBuilder.defaults();
    }

    /** A request named as it will appear in Gatling's report. */
    public static ImapRequest imap(String requestName) {
        return new ImapRequest(requestName);
    }

    // ---- checks

    /** The tagged completion's status: OK, NO or BAD. Giving it replaces the default {@code is(OK)}. */
    public static ImapCheck.Extract<StatusCondition> status() {
        return new ImapCheck.Extract<>(ImapCheck.STATUS, r -> r.status());
    }

    /** The last {@code EXISTS} count received with the command (SELECT, NOOP, IDLE, APPEND…). */
    public static ImapCheck.Extract<Long> exists() {
        return new ImapCheck.Extract<>("EXISTS", ResultExtractors::exists);
    }

    public static ImapCheck.Extract<Long> recent() {
        return new ImapCheck.Extract<>("RECENT", ResultExtractors::recent);
    }

    /** How many FETCH responses arrived. */
    public static ImapCheck.Extract<Integer> fetchCount() {
        return new ImapCheck.Extract<>("FETCH count", ResultExtractors::fetchCount);
    }

    /** Bytes of body data fetched (BODY[..], RFC822*, BINARY[..]). */
    public static ImapCheck.Extract<Long> fetchedBytes() {
        return new ImapCheck.Extract<>("fetched bytes", ResultExtractors::fetchedBytes);
    }

    /** The UIDs of the FETCH responses, in order. */
    public static ImapCheck.Extract<List<Long>> uids() {
        return new ImapCheck.Extract<>("UIDs", ResultExtractors::uids);
    }

    /** SEARCH's numbers (sequence numbers or UIDs). */
    public static ImapCheck.Extract<List<Long>> searchResults() {
        return new ImapCheck.Extract<>("SEARCH results", ResultExtractors::searchResults);
    }

    public static ImapCheck.Extract<Integer> searchCount() {
        return new ImapCheck.Extract<>("SEARCH count", r -> ResultExtractors.searchResults(r).size());
    }

    /** Mailbox names in LIST/LSUB responses. */
    public static ImapCheck.Extract<List<String>> mailboxes() {
        return new ImapCheck.Extract<>("LIST mailboxes", ResultExtractors::mailboxes);
    }

    public static ImapCheck.Extract<Integer> listCount() {
        return new ImapCheck.Extract<>("LIST count", r -> ResultExtractors.mailboxes(r).size());
    }

    public static ImapCheck.Extract<Long> statusItem(StatusItem item) {
        return new ImapCheck.Extract<>("STATUS " + item.wire(), r -> ResultExtractors.statusItem(r, item));
    }

    public static ImapCheck.Extract<List<String>> capabilities() {
        return new ImapCheck.Extract<>("CAPABILITY", ResultExtractors::capabilities);
    }

    public static ImapCheck.Extract<Long> uidNext() {
        return new ImapCheck.Extract<>("UIDNEXT", r -> {
            ResponseCode.UidNext c = ResultExtractors.code(r, ResponseCode.UidNext.class);
            return c == null ? null : c.uid();
        });
    }

    public static ImapCheck.Extract<Long> uidValidity() {
        return new ImapCheck.Extract<>("UIDVALIDITY", r -> {
            ResponseCode.UidValidity c = ResultExtractors.code(r, ResponseCode.UidValidity.class);
            return c == null ? null : c.uidValidity();
        });
    }

    /** The (highest) UID an APPEND got, from APPENDUID (RFC 4315 §3). */
    public static ImapCheck.Extract<Long> appendUid() {
        return new ImapCheck.Extract<>("APPENDUID", ResultExtractors::appendUid);
    }

    /** How many EXPUNGE responses arrived. */
    public static ImapCheck.Extract<Integer> expunged() {
        return new ImapCheck.Extract<>("EXPUNGE count", ResultExtractors::expunged);
    }

    /** Anything else, from the whole result; {@code what} names it in KO messages. */
    public static <T> ImapCheck.Extract<T> extract(String what, Function<CommandResult, T> extractor) {
        return new ImapCheck.Extract<>(what, extractor);
    }
}

package org.imapharness.scenarios.load;

import io.gatling.javaapi.core.Session;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.imapharness.protocol.command.Command;
import org.imapharness.protocol.model.Octets;
import org.imapharness.protocol.model.SequenceSet;
import org.imapharness.protocol.model.StatusItem;

/**
 * The requests one named IMAP request can be: {@code imap("select inbox").select("INBOX")}. String
 * arguments are Gatling EL ({@code "#{mailbox}"}), so feeders and saved values flow in; command
 * texts ({@code fetch("1:10", "(FLAGS BODY.PEEK[HEADER])")}) use RFC 3501 syntax and are parsed by
 * the strict command parser. Each method returns a new, immutable {@link ImapActionBuilder}.
 */
public final class ImapRequest {
    private final String name;

    ImapRequest(String name) {
        this.name = Objects.requireNonNull(name, "name");
    }

    /** Opens the user's connection; TCP, TLS handshake and greeting are logged apart. */
    public ImapActionBuilder connect() {
        return new ImapActionBuilder(name, new ImapActionBuilder.Step.Connect(), List.of(), null);
    }

    /** STARTTLS and the TLS handshake after it (RFC 3501 §6.2.1); capabilities are not re-read. */
    public ImapActionBuilder startTls() {
        return op(SessionValue.constant(c -> c.startTls(false)));
    }

    /** LOGIN with the protocol's credentials (by default the {@code user}/{@code password} attributes). */
    public ImapActionBuilder login() {
        return withCredentials(null, null, (u, p) -> c -> c.login(u, p));
    }

    public ImapActionBuilder login(String userEl, String passwordEl) {
        return withCredentials(userEl, passwordEl, (u, p) -> c -> c.login(u, p));
    }

    /** AUTHENTICATE PLAIN (RFC 4616), with SASL-IR when the server announced it. */
    public ImapActionBuilder authenticatePlain() {
        return withCredentials(null, null, (u, p) -> c -> c.authenticatePlain(u, p));
    }

    public ImapActionBuilder authenticatePlain(String userEl, String passwordEl) {
        return withCredentials(userEl, passwordEl, (u, p) -> c -> c.authenticatePlain(u, p));
    }

    public ImapActionBuilder capability() {
        return send(new Command.Capability());
    }

    public ImapActionBuilder noop() {
        return send(new Command.Noop());
    }

    /** LOGOUT; the connection is then closed and removed from the session. */
    public ImapActionBuilder logout() {
        Operation logout = c -> c.send(new Command.Logout());
        return new ImapActionBuilder(name, new ImapActionBuilder.Step.Send(p -> SessionValue.constant(logout), true),
                List.of(), null);
    }

    public ImapActionBuilder list(String referenceEl, String patternEl) {
        return send(both(SessionValue.el(referenceEl), SessionValue.el(patternEl),
                (r, p) -> new Command.List(r, p, false)));
    }

    public ImapActionBuilder select(String mailboxEl) {
        return send(SessionValue.el(mailboxEl).map(m -> new Command.Select(m, false, false, null)));
    }

    public ImapActionBuilder examine(String mailboxEl) {
        return send(SessionValue.el(mailboxEl).map(m -> new Command.Select(m, true, false, null)));
    }

    public ImapActionBuilder status(String mailboxEl, StatusItem... items) {
        List<StatusItem> list = List.of(items);
        return send(SessionValue.el(mailboxEl).map(m -> new Command.Status(m, list)));
    }

    /** APPEND of a fixed message (RFC 5322 text with CRLF line ends). */
    public ImapActionBuilder append(String mailboxEl, byte[] message) {
        Octets octets = Octets.of(message);
        return send(SessionValue.el(mailboxEl).map(m -> new Command.Append(m, null, null, octets)));
    }

    /** APPEND of a message made per user (e.g. with a unique Message-ID). */
    public ImapActionBuilder append(String mailboxEl, Function<Session, byte[]> message) {
        return send(both(SessionValue.el(mailboxEl), SessionValue.of(message),
                (m, bytes) -> new Command.Append(m, null, null, Octets.of(bytes))));
    }

    /** FETCH, with the items as IMAP text: {@code "(FLAGS UID)"}, {@code "BODY.PEEK[]<0.4096>"}, {@code "FAST"}. */
    public ImapActionBuilder fetch(String setEl, String itemsText) {
        return command("FETCH " + setEl + " " + itemsText);
    }

    public ImapActionBuilder uidFetch(String setEl, String itemsText) {
        return command("UID FETCH " + setEl + " " + itemsText);
    }

    /** The header of each message, without setting \Seen: {@code BODY.PEEK[HEADER]}. */
    public ImapActionBuilder fetchHeaders(String setEl) {
        return fetch(setEl, "BODY.PEEK[HEADER]");
    }

    /** A partial fetch, {@code BODY.PEEK[]<offset.count>} (RFC 3501 §6.4.5), as clients page big messages. */
    public ImapActionBuilder fetchPartial(String setEl, long offset, long count) {
        return fetch(setEl, "BODY.PEEK[]<" + offset + "." + count + ">");
    }

    /** STORE with the action as IMAP text: {@code "+FLAGS.SILENT (\\Seen)"}. */
    public ImapActionBuilder store(String setEl, String actionText) {
        return command("STORE " + setEl + " " + actionText);
    }

    public ImapActionBuilder uidStore(String setEl, String actionText) {
        return command("UID STORE " + setEl + " " + actionText);
    }

    /** SEARCH with the criteria as IMAP text: {@code "UNSEEN"}, {@code "FROM \"bob\" SINCE 1-Jan-2026"}. */
    public ImapActionBuilder search(String criteriaText) {
        return command("SEARCH " + criteriaText);
    }

    public ImapActionBuilder uidSearch(String criteriaText) {
        return command("UID SEARCH " + criteriaText);
    }

    public ImapActionBuilder copy(String setEl, String mailboxEl) {
        return transfer(false, false, setEl, mailboxEl);
    }

    public ImapActionBuilder uidCopy(String setEl, String mailboxEl) {
        return transfer(true, false, setEl, mailboxEl);
    }

    /** MOVE (RFC 6851). */
    public ImapActionBuilder move(String setEl, String mailboxEl) {
        return transfer(false, true, setEl, mailboxEl);
    }

    public ImapActionBuilder uidMove(String setEl, String mailboxEl) {
        return transfer(true, true, setEl, mailboxEl);
    }

    public ImapActionBuilder expunge() {
        return send(new Command.Expunge(null));
    }

    /** UID EXPUNGE (RFC 4315 §2.1). */
    public ImapActionBuilder uidExpunge(String setEl) {
        return send(SessionValue.el(setEl).map(s -> new Command.Expunge(SequenceSet.parse(s))));
    }

    /** IDLE for {@code duration}, then DONE (RFC 2177). */
    public ImapActionBuilder idle(Duration duration) {
        return new ImapActionBuilder(name, new ImapActionBuilder.Step.Idle(SessionValue.constant(duration)),
                List.of(), null);
    }

    public ImapActionBuilder idle(Function<Session, Duration> duration) {
        return new ImapActionBuilder(name, new ImapActionBuilder.Step.Idle(SessionValue.of(duration)), List.of(),
                null);
    }

    /** Any command as IMAP text without the tag: {@code "NAMESPACE"}, {@code "CREATE \"#{folder}\""}. */
    public ImapActionBuilder command(String textEl) {
        return send(CommandText.of(textEl));
    }

    private ImapActionBuilder transfer(boolean uid, boolean move, String setEl, String mailboxEl) {
        return send(both(SessionValue.el(setEl).map(SequenceSet::parse), SessionValue.el(mailboxEl),
                (set, m) -> move ? new Command.Move(uid, set, m) : new Command.Copy(uid, set, m)));
    }

    private ImapActionBuilder send(Command command) {
        return send(SessionValue.constant(command));
    }

    private ImapActionBuilder send(SessionValue<Command> command) {
        return op(command.map(ImapRequest::sending));
    }

    private static Operation sending(Command command) {
        return c -> c.send(command);
    }

    private ImapActionBuilder op(SessionValue<Operation> operation) {
        return new ImapActionBuilder(name, new ImapActionBuilder.Step.Send(p -> operation, false), List.of(), null);
    }

    private ImapActionBuilder withCredentials(String userEl, String passwordEl,
                                              BiFunction<String, String, Operation> make) {
        Function<ImapProtocol, SessionValue<Operation>> bind = protocol -> both(
                userEl == null ? protocol.user() : SessionValue.el(userEl),
                passwordEl == null ? protocol.password() : SessionValue.el(passwordEl), make);
        return new ImapActionBuilder(name, new ImapActionBuilder.Step.Send(bind, false), List.of(), null);
    }

    private static <A, B, R> SessionValue<R> both(SessionValue<A> a, SessionValue<B> b,
                                                  BiFunction<? super A, ? super B, ? extends R> combine) {
        return s -> {
            SessionValue.Resolution<A> ra = a.resolve(s);
            if (ra instanceof SessionValue.Resolution.Missing<A> m) {
                return new SessionValue.Resolution.Missing<>(m.reason());
            }
            SessionValue.Resolution<B> rb = b.resolve(s);
            if (rb instanceof SessionValue.Resolution.Missing<B> m) {
                return new SessionValue.Resolution.Missing<>(m.reason());
            }
            A va = ((SessionValue.Resolution.Found<A>) ra).value();
            B vb = ((SessionValue.Resolution.Found<B>) rb).value();
            try {
                return new SessionValue.Resolution.Found<>(combine.apply(va, vb));
            } catch (RuntimeException e) {
                return new SessionValue.Resolution.Missing<>(e.getMessage());
            }
        };
    }
}

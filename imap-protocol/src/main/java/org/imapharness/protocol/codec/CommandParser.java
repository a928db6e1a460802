package org.imapharness.protocol.codec;

import java.util.Objects;
import org.imapharness.protocol.command.Command;
import org.imapharness.protocol.command.TaggedCommand;

/**
 * Server side: parses one complete command frame (the line with its CRLF, literals inline, as
 * the framer delivers it) by strict recursive descent over RFC 3501 §9 and the extension
 * grammars named in {@link Command}, one method per ABNF rule. The parser does not know the
 * session state: a command valid in some state parses in every state and the server decides.
 *
 * <p>Never throws for any frame content (only for a null array or bad bounds): errors come back as {@link ParsedCommand.Error} with rule,
 * offset, expectation and finding. Immutable and thread-safe.
 */
public final class CommandParser {

    /** Default bound on search key nesting (NOT, OR, parentheses); deeper input is a syntax error. */
    public static final int DEFAULT_MAX_SEARCH_DEPTH = 64;

    private final int maxSearchDepth;

    public CommandParser() {
        this(DEFAULT_MAX_SEARCH_DEPTH);
    }

    /** @param maxSearchDepth most NOT/OR/parenthesis levels around a search key; bounds recursion */
    public CommandParser(int maxSearchDepth) {
        if (maxSearchDepth < 1 || maxSearchDepth > 1000) {
            throw new IllegalArgumentException("maxSearchDepth must be in 1..1000, was " + maxSearchDepth);
        }
        this.maxSearchDepth = maxSearchDepth;
    }

    public ParsedCommand parse(byte[] frame) {
        return parse(frame, 0, frame.length);
    }

    /** Parses {@code frame[offset..offset+length)}; error offsets are relative to {@code offset}. */
    public ParsedCommand parse(byte[] frame, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, frame.length);
        CommandCursor c = new CommandCursor(frame, offset, length);
        String tag = null;
        try {
            String candidate = tag(c);
            c.sp("command");
            tag = candidate;
            Command command = command(c);
            c.end("command");
            return new ParsedCommand.Ok(new TaggedCommand(tag, command));
        } catch (ImapSyntaxException e) {
            return new ParsedCommand.Error(tag, e);
        } catch (RuntimeException e) {
            // A model invariant the grammar did not already rule out; still the client's bad input.
            return new ParsedCommand.Error(tag, c.errorAt("command", c.position(), "a well-formed command",
                    "a value the model refuses: " + e.getMessage()));
        }
    }

    /** {@code tag = 1*<any ASTRING-CHAR except "+">}. */
    private static String tag(CommandCursor c) {
        int from = c.span(CommandChars::isTagChar);
        if (from == c.position()) {
            throw c.error("tag", "tag (ASTRING-CHARs except +)");
        }
        return c.ascii(from, c.position());
    }

    /** {@code command = tag SP (command-any / command-auth / command-nonauth / command-select) CRLF}, after the SP. */
    private Command command(CommandCursor c) {
        int at = c.position();
        String name = c.word("command", "command name");
        Command command = commandAny(c, name);
        if (command == null) {
            command = commandAuth(c, name);
        }
        if (command == null) {
            command = commandNonauth(c, name);
        }
        if (command == null) {
            command = commandSelect(c, name);
        }
        if (command == null) {
            throw c.errorAt("command", at, "a known command", "'" + name + "'");
        }
        return command;
    }

    /** {@code command-any}, with ID (RFC 2971) and ENABLE (RFC 5161). */
    private static Command commandAny(CommandCursor c, String name) {
        return switch (name) {
            case "CAPABILITY" -> new Command.Capability();
            case "LOGOUT" -> new Command.Logout();
            case "NOOP" -> new Command.Noop();
            case "ID" -> CommandSessionRules.id(c);
            case "ENABLE" -> CommandSessionRules.enable(c);
            default -> null;
        };
    }

    /** {@code command-auth}, with IDLE (RFC 2177) and NAMESPACE (RFC 2342). */
    private static Command commandAuth(CommandCursor c, String name) {
        return switch (name) {
            case "APPEND" -> CommandMailboxRules.append(c);
            case "CREATE" -> new Command.Create(mailboxArgument(c, "create"));
            case "DELETE" -> new Command.Delete(mailboxArgument(c, "delete"));
            case "EXAMINE" -> CommandMailboxRules.select(c, true);
            case "LIST" -> CommandListRules.list(c);
            case "LSUB" -> CommandMailboxRules.list(c, true);
            case "RENAME" -> rename(c);
            case "SELECT" -> CommandMailboxRules.select(c, false);
            case "STATUS" -> CommandMailboxRules.status(c);
            case "SUBSCRIBE" -> new Command.Subscribe(mailboxArgument(c, "subscribe"));
            case "UNSUBSCRIBE" -> new Command.Unsubscribe(mailboxArgument(c, "unsubscribe"));
            case "IDLE" -> new Command.Idle();
            case "NAMESPACE" -> new Command.Namespace();
            default -> null;
        };
    }

    /** {@code command-nonauth = login / authenticate / "STARTTLS"}. */
    private static Command commandNonauth(CommandCursor c, String name) {
        return switch (name) {
            case "LOGIN" -> CommandSessionRules.login(c);
            case "AUTHENTICATE" -> CommandSessionRules.authenticate(c);
            case "STARTTLS" -> new Command.StartTls();
            default -> null;
        };
    }

    /** {@code command-select}, with UNSELECT (RFC 3691) and MOVE (RFC 6851). */
    private Command commandSelect(CommandCursor c, String name) {
        return switch (name) {
            case "CHECK" -> new Command.Check();
            case "CLOSE" -> new Command.Close();
            case "EXPUNGE" -> new Command.Expunge(null);
            case "UNSELECT" -> new Command.Unselect();
            case "COPY" -> copy(c, false);
            case "MOVE" -> move(c, false);
            case "FETCH" -> CommandMessageRules.fetch(c, false);
            case "STORE" -> CommandStoreRules.store(c, false);
            case "SEARCH" -> new CommandSearchRules(c, maxSearchDepth).search(false);
            case "UID" -> uid(c);
            default -> null;
        };
    }

    /** {@code uid = "UID" SP (copy / fetch / search / store / move / uid-expunge)} (RFC 4315 §2.1, RFC 6851). */
    private Command uid(CommandCursor c) {
        c.sp("uid");
        int at = c.position();
        String name = c.word("uid", "COPY, FETCH, SEARCH, STORE, MOVE or EXPUNGE");
        return switch (name) {
            case "COPY" -> copy(c, true);
            case "MOVE" -> move(c, true);
            case "FETCH" -> CommandMessageRules.fetch(c, true);
            case "STORE" -> CommandStoreRules.store(c, true);
            case "SEARCH" -> new CommandSearchRules(c, maxSearchDepth).search(true);
            case "EXPUNGE" -> {
                c.sp("uid-expunge");
                yield new Command.Expunge(c.sequenceSet("sequence-set"));
            }
            default -> throw c.errorAt("uid", at, "COPY, FETCH, SEARCH, STORE, MOVE or EXPUNGE", "'" + name + "'");
        };
    }

    private static String mailboxArgument(CommandCursor c, String rule) {
        c.sp(rule);
        return CommandStrings.mailbox(c, "mailbox");
    }

    /** {@code rename = "RENAME" SP mailbox SP mailbox}. */
    private static Command.Rename rename(CommandCursor c) {
        String from = mailboxArgument(c, "rename");
        return new Command.Rename(from, mailboxArgument(c, "rename"));
    }

    /** {@code copy = "COPY" SP sequence-set SP mailbox}. */
    private static Command.Copy copy(CommandCursor c, boolean uid) {
        c.sp("copy");
        var set = c.sequenceSet("sequence-set");
        return new Command.Copy(uid, set, mailboxArgument(c, "copy"));
    }

    /** {@code move = "MOVE" SP sequence-set SP mailbox} (RFC 6851 §4.1). */
    private static Command.Move move(CommandCursor c, boolean uid) {
        c.sp("move");
        var set = c.sequenceSet("sequence-set");
        return new Command.Move(uid, set, mailboxArgument(c, "move"));
    }
}

package org.imapharness.protocol.codec;

import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import org.imapharness.protocol.command.Command;
import org.imapharness.protocol.command.TaggedCommand;
import org.imapharness.protocol.model.StatusItem;

/**
 * Client side: encodes a {@link TaggedCommand} to wire bytes per RFC 3501 §9 and the extension
 * grammars named in {@link Command}. Anything that cannot be expressed (a NUL in a string, a
 * number out of range, a tag with {@code +}) is refused with an {@link IllegalArgumentException}
 * naming the field, so a bad value never reaches the wire by accident. Immutable and thread-safe.
 */
public final class CommandWriter {

    /** Letter case of grammar keywords (RFC 3501 §9 note 1: servers must accept any). */
    public enum KeywordCase { UPPER, LOWER, MIXED }

    /**
     * @param strings     how values that may be strings are represented
     * @param literals    synchronizing, LITERAL+ or LITERAL- announcements
     * @param keywordCase case of command names, data items, search keys and modifiers (never of values)
     * @param caseSeed    seeds the letter choice for {@link KeywordCase#MIXED}; the same seed gives
     *                    the same bytes for the same command
     */
    public record Options(StringStyle strings, LiteralMode literals, KeywordCase keywordCase, long caseSeed) {
        public static final Options DEFAULTS =
                new Options(StringStyle.SHORTEST, LiteralMode.SYNCHRONIZING, KeywordCase.UPPER, 0);

        public Options {
            Objects.requireNonNull(strings, "strings");
            Objects.requireNonNull(literals, "literals");
            Objects.requireNonNull(keywordCase, "keywordCase");
        }

        public Options withStrings(StringStyle value) {
            return new Options(value, literals, keywordCase, caseSeed);
        }

        public Options withLiterals(LiteralMode value) {
            return new Options(strings, value, keywordCase, caseSeed);
        }

        public Options withKeywordCase(KeywordCase value) {
            return new Options(strings, literals, value, caseSeed);
        }

        public Options withCaseSeed(long value) {
            return new Options(strings, literals, keywordCase, value);
        }
    }

    private final Options options;

    /** Shortest strings, synchronizing literals, upper-case keywords. */
    public CommandWriter() {
        this(Options.DEFAULTS);
    }

    public CommandWriter(Options options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    public Options options() {
        return options;
    }

    /** The command's bytes, split at every synchronizing literal (see {@link EncodedCommand}). */
    public EncodedCommand encode(TaggedCommand tagged) {
        Objects.requireNonNull(tagged, "tagged");
        byte[] tag = CommandOutput.utf8("tag", tagged.tag());
        if (!CommandChars.allOf(tag, CommandChars::isTagChar)) {
            throw new IllegalArgumentException("tag must be 1*<ASTRING-CHAR except \"+\"> (RFC 3501 §9)"
                    + CommandOutput.firstBad(tag, CommandChars::isTagChar));
        }
        CommandOutput out = new CommandOutput(options);
        out.ascii(tagged.tag()).sp();
        body(tagged.command(), out);
        return out.finish();
    }

    private static void body(Command command, CommandOutput out) {
        out.keyword(command.name());
        if (command instanceof Command.Login c) {
            out.sp().astring("Login.user", c.user()).sp().astring("Login.password", c.password());
        } else if (command instanceof Command.Authenticate c) {
            authenticate(c, out);
        } else if (command instanceof Command.Id c) {
            id(c, out);
        } else if (command instanceof Command.Enable c) {
            enable(c, out);
        } else if (command instanceof Command.Select c) {
            out.sp().astring("Select.mailbox", c.mailbox());
            CommandMailboxWriter.selectParams(c, out);
        } else if (command instanceof Command.Create c) {
            out.sp().astring("Create.mailbox", c.mailbox());
        } else if (command instanceof Command.Delete c) {
            out.sp().astring("Delete.mailbox", c.mailbox());
        } else if (command instanceof Command.Subscribe c) {
            out.sp().astring("Subscribe.mailbox", c.mailbox());
        } else if (command instanceof Command.Unsubscribe c) {
            out.sp().astring("Unsubscribe.mailbox", c.mailbox());
        } else if (command instanceof Command.Rename c) {
            out.sp().astring("Rename.from", c.from()).sp().astring("Rename.to", c.to());
        } else if (command instanceof Command.List c) {
            CommandListWriter.list(c, out);
        } else if (command instanceof Command.Status c) {
            status(c, out);
        } else if (command instanceof Command.Append c) {
            CommandMailboxWriter.append(c, out);
        } else if (command instanceof Command.Expunge c && c.uids() != null) {
            out.sp().ascii(c.uids().toWire());
        } else if (command instanceof Command.Search c) {
            CommandSearchWriter.search(c, out);
        } else if (command instanceof Command.Fetch c) {
            CommandMessageWriter.fetch(c, out);
        } else if (command instanceof Command.Store c) {
            CommandMessageWriter.store(c, out);
        } else if (command instanceof Command.Copy c) {
            out.sp().ascii(set("Copy.set", c.set())).sp().astring("Copy.mailbox", c.mailbox());
        } else if (command instanceof Command.Move c) {
            out.sp().ascii(set("Move.set", c.set())).sp().astring("Move.mailbox", c.mailbox());
        }
        // The remaining commands (CAPABILITY, NOOP, IDLE, CHECK…) have no arguments.
    }

    /** SASL-IR (RFC 4959 §3): base64 of the initial response, {@code =} when it is empty. */
    private static void authenticate(Command.Authenticate c, CommandOutput out) {
        out.sp().atom("Authenticate.mechanism", c.mechanism());
        if (c.initialResponse() != null) {
            byte[] response = c.initialResponse().toByteArray();
            out.sp().ascii(response.length == 0 ? "=" : Base64.getEncoder().encodeToString(response));
        }
    }

    /** RFC 2971 §4: {@code NIL} or a list of field/value string pairs, values {@code nstring}. */
    private static void id(Command.Id c, CommandOutput out) {
        out.sp();
        if (c.parameters() == null) {
            out.keyword("NIL");
            return;
        }
        out.open();
        boolean first = true;
        for (Map.Entry<String, String> e : c.parameters().entrySet()) {
            if (!first) {
                out.sp();
            }
            first = false;
            out.string("Id.parameters key", e.getKey()).sp().nstring("Id.parameters value", e.getValue());
        }
        out.close();
    }

    /** RFC 5161 §3.1: at least one capability, each an atom. */
    private static void enable(Command.Enable c, CommandOutput out) {
        if (c.capabilities().isEmpty()) {
            throw new IllegalArgumentException("Enable.capabilities must not be empty (RFC 5161 §3.1)");
        }
        for (String capability : c.capabilities()) {
            out.sp().atom("Enable.capabilities", capability);
        }
    }

    private static void status(Command.Status c, CommandOutput out) {
        out.sp().astring("Status.mailbox", c.mailbox()).sp().open();
        for (int i = 0; i < c.items().size(); i++) {
            StatusItem item = c.items().get(i);
            if (item == null) {
                throw new IllegalArgumentException("Status.items[" + i + "] is null");
            }
            if (i > 0) {
                out.sp();
            }
            out.keyword(item.wire());
        }
        out.close();
    }

    static String set(String field, org.imapharness.protocol.model.SequenceSet set) {
        if (set == null) {
            throw new IllegalArgumentException(field + " is null");
        }
        return set.toWire();
    }
}

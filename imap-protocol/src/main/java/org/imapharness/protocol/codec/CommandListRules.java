package org.imapharness.protocol.codec;

import java.util.ArrayList;
import java.util.List;
import org.imapharness.protocol.command.Command;
import org.imapharness.protocol.command.ListOptions;
import org.imapharness.protocol.model.StatusItem;

/**
 * LIST with the LIST-EXTENDED grammar (RFC 5258 §6) and the STATUS return option (RFC 5819 §3).
 * Starts after the command name. A plain RFC 3501 LIST parses to {@link ListOptions#NONE}.
 */
final class CommandListRules {
    private CommandListRules() {
    }

    /** {@code list = "LIST" [SP list-select-opts] SP mailbox SP mbox-or-pat [SP list-return-opts]}. */
    static Command.List list(CommandCursor c) {
        c.sp("list");
        List<String> selection = List.of();
        // An empty "()" selects as plain LIST does (RFC 5258 §3.1), so it parses to no options.
        if (c.is('(')) {
            selection = selectOpts(c);
            c.sp("list");
        }
        String reference = CommandStrings.mailbox(c, "mailbox");
        c.sp("list");
        List<String> patterns = new ArrayList<>();
        if (c.skip('(')) {
            do {
                patterns.add(CommandStrings.listMailbox(c));
            } while (c.skip(' '));
            c.expect("patterns", ')');
        } else {
            patterns.add(CommandStrings.listMailbox(c));
        }
        List<String> returns = new ArrayList<>();
        List<StatusItem> status = new ArrayList<>();
        boolean returnClause = c.is(' ');
        if (returnClause) {
            returnOpts(c, returns, status);
        }
        ListOptions options = new ListOptions(selection, patterns.subList(1, patterns.size()), returns, status,
                returnClause);
        return new Command.List(reference, patterns.get(0), false, options);
    }

    /**
     * {@code list-select-opts = "(" [option *(SP option)] ")"}; RECURSIVEMATCH must come with an
     * option it modifies (RFC 5258 §3.1: a lone modifier is BAD).
     */
    private static List<String> selectOpts(CommandCursor c) {
        c.expect("list-select-opts", '(');
        List<String> options = new ArrayList<>();
        if (!c.is(')')) {
            do {
                options.add(c.word("list-select-opt", "list-select-opt"));
            } while (c.skip(' '));
        }
        int at = c.position();
        c.expect("list-select-opts", ')');
        if (options.contains("RECURSIVEMATCH") && options.stream().allMatch(o -> o.equals("RECURSIVEMATCH"))) {
            throw c.errorAt("list-select-opts", at, "a selection option for RECURSIVEMATCH to modify (RFC 5258 §3.1)",
                    "RECURSIVEMATCH alone");
        }
        return options;
    }

    /** {@code list-return-opts = "RETURN" SP "(" [return-option *(SP return-option)] ")"}. */
    private static void returnOpts(CommandCursor c, List<String> returns, List<StatusItem> status) {
        c.sp("list");
        if (!c.tryKeyword("RETURN")) {
            throw c.error("list-return-opts", "RETURN");
        }
        c.sp("list-return-opts");
        c.expect("list-return-opts", '(');
        if (!c.is(')')) {
            do {
                int at = c.position();
                if (status.isEmpty() && c.tryKeyword("STATUS")) {
                    statusOption(c, status);
                } else {
                    String option = c.word("return-option", "return-option");
                    if (option.equals("STATUS")) {
                        throw c.errorAt("return-option", at, "STATUS at most once (RFC 5819 §2)", "a second STATUS");
                    }
                    returns.add(option);
                }
            } while (c.skip(' '));
        }
        c.expect("list-return-opts", ')');
    }

    /** {@code status-option = "STATUS" SP "(" status-att *(SP status-att) ")"} (RFC 5819 §3). */
    private static void statusOption(CommandCursor c, List<StatusItem> status) {
        c.sp("status-option");
        c.expect("status-option", '(');
        do {
            status.add(CommandMailboxRules.statusAtt(c));
        } while (c.skip(' '));
        c.expect("status-option", ')');
    }
}

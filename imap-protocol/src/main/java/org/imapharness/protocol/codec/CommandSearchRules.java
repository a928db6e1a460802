package org.imapharness.protocol.codec;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.imapharness.protocol.command.Command;
import org.imapharness.protocol.command.SearchKey;

/**
 * SEARCH (RFC 3501 §6.4.4) with RFC 4731 {@code RETURN} options and RFC 7162 {@code MODSEQ}.
 * Nesting through NOT, OR and parentheses is bounded so that hostile input cannot exhaust
 * the stack: a frame of a few kilobytes could otherwise nest thousands of levels.
 */
final class CommandSearchRules {
    private static final Set<String> RETURN_OPTIONS = Set.of("MIN", "MAX", "ALL", "COUNT");
    private static final Set<String> WITH_ARGUMENT = Set.of("BCC", "BODY", "CC", "FROM", "SUBJECT", "TEXT", "TO",
            "BEFORE", "ON", "SINCE", "SENTBEFORE", "SENTON", "SENTSINCE", "HEADER", "KEYWORD", "UNKEYWORD",
            "LARGER", "SMALLER", "NOT", "OR", "UID", "MODSEQ");

    private final CommandCursor c;
    private final int maxDepth;

    CommandSearchRules(CommandCursor c, int maxDepth) {
        this.c = c;
        this.maxDepth = maxDepth;
    }

    /** {@code search = "SEARCH" [search-return-opts] [SP "CHARSET" SP astring] 1*(SP search-key)}, after the name. */
    Command.Search search(boolean uid) {
        List<String> returnOptions = null;
        String charset = null;
        c.sp("search");
        if (c.tryKeyword("RETURN")) {
            returnOptions = searchReturnOpts();
            c.sp("search");
        }
        if (c.tryKeyword("CHARSET")) {
            c.sp("search");
            charset = CommandStrings.astring(c, "search");
            c.sp("search");
        }
        List<SearchKey> keys = new ArrayList<>();
        keys.add(searchKey(0));
        while (c.skip(' ')) {
            keys.add(searchKey(0));
        }
        return new Command.Search(uid, charset, keys, returnOptions);
    }

    /** {@code search-return-opts}, after {@code RETURN} (RFC 4731 §3): {@code SP "(" [opt *(SP opt)] ")"}. */
    private List<String> searchReturnOpts() {
        c.sp("search-return-opts");
        c.expect("search-return-opts", '(');
        List<String> options = new ArrayList<>();
        while (!c.skip(')')) {
            if (!options.isEmpty()) {
                c.sp("search-return-opts");
            }
            int at = c.position();
            String option = c.word("search-return-opt", "MIN, MAX, ALL, COUNT or ')'");
            if (!RETURN_OPTIONS.contains(option)) {
                throw c.errorAt("search-return-opt", at, "MIN, MAX, ALL or COUNT", "'" + option + "'");
            }
            options.add(option);
        }
        return options;
    }

    /** {@code search-key}; {@code depth} counts the NOT, OR and parentheses around it. */
    SearchKey searchKey(int depth) {
        if (depth > maxDepth) {
            throw c.error("search-key", "search keys nested at most " + maxDepth + " deep");
        }
        if (c.skip('(')) {
            List<SearchKey> keys = new ArrayList<>();
            keys.add(searchKey(depth + 1));
            while (c.skip(' ')) {
                keys.add(searchKey(depth + 1));
            }
            c.expect("search-key", ')');
            return new SearchKey.And(keys);
        }
        if (c.is('*') || CommandChars.isDigit(c.peek())) {
            return new SearchKey.Sequence(c.sequenceSet("sequence-set"));
        }
        int at = c.position();
        String name = c.word("search-key", "search-key");
        for (SearchKey.Flag flag : SearchKey.Flag.values()) {
            if (flag.name().equals(name)) {
                return flag;
            }
        }
        if (!WITH_ARGUMENT.contains(name)) {
            throw c.errorAt("search-key", at, "search-key", "'" + name + "'");
        }
        c.sp("search-key");
        return withArgument(name, depth);
    }

    private SearchKey withArgument(String name, int depth) {
        for (SearchKey.TextField field : SearchKey.TextField.values()) {
            if (field.name().equals(name)) {
                return new SearchKey.Text(field, CommandStrings.astring(c, "search-key"));
            }
        }
        for (SearchKey.DateField field : SearchKey.DateField.values()) {
            if (field.name().equals(name)) {
                return new SearchKey.Date(field, date());
            }
        }
        return switch (name) {
            case "HEADER" -> {
                String field = CommandStrings.astring(c, "header-fld-name");
                c.sp("search-key");
                yield new SearchKey.Header(field, CommandStrings.astring(c, "search-key"));
            }
            case "KEYWORD", "UNKEYWORD" -> new SearchKey.Keyword(flagKeyword(), name.equals("UNKEYWORD"));
            case "LARGER", "SMALLER" -> new SearchKey.Size(name.equals("LARGER"), c.number("search-key"));
            case "NOT" -> new SearchKey.Not(searchKey(depth + 1));
            case "OR" -> {
                SearchKey left = searchKey(depth + 1);
                c.sp("search-key");
                yield new SearchKey.Or(left, searchKey(depth + 1));
            }
            case "UID" -> new SearchKey.Uid(c.sequenceSet("sequence-set"));
            default -> searchModsequence();
        };
    }

    /** {@code flag-keyword = atom}. */
    private String flagKeyword() {
        int from = c.span(CommandChars::isAtomChar);
        if (from == c.position()) {
            throw c.error("flag-keyword", "atom");
        }
        return c.ascii(from, c.position());
    }

    /**
     * {@code search-modsequence} after {@code MODSEQ SP} (RFC 7162 §3.1.5):
     * {@code [entry-name SP entry-type-req SP] mod-sequence-valzer}, where an entry name is
     * {@code "/flags/<flag>"} in quotes and the type is {@code priv}, {@code shared} or {@code all}.
     */
    private SearchKey searchModsequence() {
        String entryName = null;
        String entryType = null;
        if (c.is('"')) {
            int at = c.position();
            entryName = CommandStrings.quoted(c);
            if (!validEntryName(entryName)) {
                throw c.errorAt("entry-name", at, "\"/flags/\" followed by a flag", c.found(at));
            }
            c.sp("search-modsequence");
            entryType = entryTypeReq();
            c.sp("search-modsequence");
        }
        return new SearchKey.ModSeq(entryName, entryType, c.modSequenceValzer("search-modsequence"));
    }

    private String entryTypeReq() {
        for (String type : new String[] {"PRIV", "SHARED", "ALL"}) {
            if (c.tryKeyword(type)) {
                return type.toLowerCase(java.util.Locale.ROOT);
            }
        }
        throw c.error("entry-type-req", "priv, shared or all");
    }

    private static boolean validEntryName(String name) {
        if (!name.startsWith("/flags/")) {
            return false;
        }
        String flag = name.substring("/flags/".length());
        String atom = flag.startsWith("\\") ? flag.substring(1) : flag;
        return CommandChars.allOf(atom.getBytes(java.nio.charset.StandardCharsets.US_ASCII), CommandChars::isAtomChar);
    }

    /** {@code date = date-text / DQUOTE date-text DQUOTE}. */
    LocalDate date() {
        boolean quoted = c.skip('"');
        LocalDate date = dateText();
        if (quoted) {
            c.expect("date", '"');
        }
        return date;
    }

    /** {@code date-text = date-day "-" date-month "-" date-year}, a real calendar date. */
    private LocalDate dateText() {
        int at = c.position();
        int from = c.span(CommandChars::isDigit);
        int dayDigits = c.position() - from;
        if (dayDigits < 1 || dayDigits > 2) {
            throw c.errorAt("date-day", from, "1 or 2 digits", c.found(from));
        }
        int day = Integer.parseInt(c.ascii(from, c.position()));
        c.expect("date-text", '-');
        int month = CommandDates.dateMonth(c);
        c.expect("date-text", '-');
        int year = CommandDates.dateYear(c);
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw c.errorAt("date-text", at, "a calendar date", c.found(at));
        }
    }
}

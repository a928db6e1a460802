package org.imapharness.protocol.codec;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.imapharness.protocol.command.Command;
import org.imapharness.protocol.command.FetchAttribute;
import org.imapharness.protocol.command.SearchKey;
import org.imapharness.protocol.command.StoreMode;
import org.imapharness.protocol.command.TaggedCommand;
import org.imapharness.protocol.model.Octets;
import org.imapharness.protocol.model.Partial;
import org.imapharness.protocol.model.Section;
import org.imapharness.protocol.model.SequenceSet;
import org.imapharness.protocol.model.StatusItem;

/**
 * Random {@link TaggedCommand}s from a seeded {@link Random}: every command kind, odd strings
 * (quotes, backslashes, CR/LF, 8-bit, brackets, wildcards), deep search keys. Values are in the
 * parser's normal form (INBOX upper case, system flags canonical), so a round trip must return
 * them unchanged.
 */
final class CommandGenerator {
    private static final String TAG_CHARS = "abcxyzABCXYZ0123456789.-_!#$&'/:;<=>?@[]^`|~";
    private static final String ATOM_CHARS = "abcxyzABCXYZ0123456789.-_!#$&'+/:;<=>?@[^`|~}";
    private static final String[] ODD = {"a", "Z", "0", " ", "\"", "\\", "]", "[", "%", "*", "(", ")", "{", "}",
        "{5}", "\r", "\n", "\r\n", "\t", "\u007f", "é", "ü", "日本", "\uD83D\uDCE7", "NIL", "INBOX", "+", "~", "&-"};
    private static final String[] SYSTEM_FLAGS = {"\\Answered", "\\Flagged", "\\Deleted", "\\Seen", "\\Draft"};

    private final Random r;
    /** Nesting left for search keys; keeps generated depth within the parser's default bound. */
    private int depthBudget;

    CommandGenerator(long seed) {
        this.r = new Random(seed);
    }

    TaggedCommand next() {
        return new TaggedCommand(tag(), command());
    }

    Command command() {
        List<Supplier<Command>> kinds = List.of(
                Command.Capability::new, Command.Noop::new, Command.Logout::new, Command.StartTls::new,
                Command.Namespace::new, Command.Idle::new, Command.Check::new, Command.Close::new,
                Command.Unselect::new,
                () -> new Command.Id(r.nextInt(4) == 0 ? null : idParameters()),
                () -> new Command.Authenticate(atom(), r.nextInt(3) == 0 ? null : Octets.of(bytes(r.nextInt(40), false))),
                () -> new Command.Login(odd(), odd()),
                () -> new Command.Select(mailbox(), r.nextBoolean(), r.nextBoolean(), r.nextBoolean() ? null : qresync()),
                () -> new Command.Create(mailbox()), () -> new Command.Delete(mailbox()),
                () -> new Command.Rename(mailbox(), mailbox()),
                () -> new Command.Subscribe(mailbox()), () -> new Command.Unsubscribe(mailbox()),
                () -> new Command.List(mailbox(), odd(), r.nextBoolean()),
                () -> new Command.Status(mailbox(), some(() -> pick(StatusItem.values()), 1, 6)),
                () -> new Command.Append(mailbox(), r.nextBoolean() ? null : some(this::flag, 0, 4),
                        r.nextBoolean() ? null : dateTime(), Octets.of(bytes(r.nextInt(300), r.nextInt(8) == 0))),
                () -> new Command.Enable(some(this::atom, 1, 3)),
                () -> new Command.Expunge(r.nextBoolean() ? null : set()),
                this::search, this::fetch,
                () -> new Command.Store(r.nextBoolean(), set(), pick(StoreMode.values()), r.nextBoolean(),
                        some(this::flag, 0, 4), r.nextBoolean() ? null : (long) r.nextInt(1000)),
                () -> new Command.Copy(r.nextBoolean(), set(), mailbox()),
                () -> new Command.Move(r.nextBoolean(), set(), mailbox()));
        return kinds.get(r.nextInt(kinds.size())).get();
    }

    private Command.Search search() {
        List<String> returnOptions = r.nextInt(3) == 0 ? null
                : some(() -> pick(new String[] {"MIN", "MAX", "ALL", "COUNT"}), 0, 3);
        depthBudget = r.nextInt(10) == 0 ? 64 : 6;
        return new Command.Search(r.nextBoolean(), r.nextBoolean() ? null : pick(new String[] {"UTF-8", "US-ASCII", "x\"y"}),
                some(this::searchKey, 1, 4), returnOptions);
    }

    SearchKey searchKey() {
        int choice = r.nextInt(depthBudget > 0 ? 12 : 9);
        switch (choice) {
            case 0: return pick(SearchKey.Flag.values());
            case 1: return new SearchKey.Text(pick(SearchKey.TextField.values()), odd());
            case 2: return new SearchKey.Date(pick(SearchKey.DateField.values()), LocalDate.ofEpochDay(r.nextInt(3_000_000) - 700_000));
            case 3: return new SearchKey.Header(odd(), odd());
            case 4: return new SearchKey.Keyword(atom(), r.nextBoolean());
            case 5: return new SearchKey.Size(r.nextBoolean(), r.nextInt(3) == 0 ? SequenceSet.MAX_NUMBER : r.nextInt(100_000));
            case 6: return r.nextBoolean() ? new SearchKey.Sequence(set()) : new SearchKey.Uid(set());
            case 7: return r.nextBoolean() ? new SearchKey.ModSeq(null, null, Math.abs(r.nextLong()))
                    : new SearchKey.ModSeq("/flags/" + flag(), pick(new String[] {"priv", "shared", "all"}), r.nextInt(99));
            case 8: return pick(SearchKey.Flag.values());
            default: break;
        }
        depthBudget--;
        SearchKey key = switch (choice) {
            case 9 -> new SearchKey.Not(searchKey());
            case 10 -> new SearchKey.Or(searchKey(), searchKey());
            default -> new SearchKey.And(some(this::searchKey, 1, 3));
        };
        depthBudget++;
        return key;
    }

    private Command.Fetch fetch() {
        boolean uid = r.nextBoolean();
        Long changedSince = r.nextBoolean() ? null : 1 + (long) r.nextInt(Integer.MAX_VALUE);
        boolean vanished = uid && changedSince != null && r.nextBoolean();
        return new Command.Fetch(uid, set(), some(this::fetchAtt, 1, 5), changedSince, vanished);
    }

    private FetchAttribute fetchAtt() {
        return switch (r.nextInt(4)) {
            case 0 -> pick(FetchAttribute.Simple.values());
            case 1 -> new FetchAttribute.BodySection(section(), r.nextBoolean(), partial());
            case 2 -> new FetchAttribute.Binary(part(), r.nextBoolean(), partial());
            default -> new FetchAttribute.BinarySize(part());
        };
    }

    private Section section() {
        List<Integer> part = r.nextBoolean() ? List.of() : part();
        Section.Specifier specifier = pick(Section.Specifier.values());
        if (specifier == Section.Specifier.MIME && part.isEmpty()) {
            specifier = Section.Specifier.NONE;
        }
        return new Section(part, specifier, specifier.hasFields() ? some(this::odd, 1, 3) : List.of());
    }

    private List<Integer> part() {
        return some(() -> 1 + r.nextInt(r.nextInt(10) == 0 ? Integer.MAX_VALUE : 5), 0, 4);
    }

    private Partial partial() {
        return r.nextBoolean() ? null : new Partial(r.nextInt(5000), 1L + r.nextInt(5000));
    }

    private Command.Qresync qresync() {
        boolean match = r.nextBoolean();
        return new Command.Qresync(1 + r.nextInt(Integer.MAX_VALUE), 1 + Math.abs(r.nextLong() / 2),
                r.nextBoolean() ? set() : null, match ? set() : null, match ? set() : null);
    }

    SequenceSet set() {
        return new SequenceSet(some(() -> new SequenceSet.Range(seqNumber(), r.nextBoolean() ? seqNumber() : seqNumber()), 1, 4));
    }

    private long seqNumber() {
        return switch (r.nextInt(5)) {
            case 0 -> SequenceSet.STAR;
            case 1 -> SequenceSet.MAX_NUMBER;
            default -> 1 + r.nextInt(2000);
        };
    }

    private OffsetDateTime dateTime() {
        ZoneOffset zone = ZoneOffset.ofTotalSeconds((r.nextInt(18 * 60 * 2 + 1) - 18 * 60) * 60);
        return OffsetDateTime.of(LocalDate.ofEpochDay(r.nextInt(2_000_000) - 300_000).atTime(
                r.nextInt(24), r.nextInt(60), r.nextInt(60)), zone);
    }

    private Map<String, String> idParameters() {
        Map<String, String> map = new LinkedHashMap<>();
        int n = r.nextInt(4);
        for (int i = 0; i < n; i++) {
            map.put(odd(), r.nextInt(4) == 0 ? null : odd());
        }
        return map;
    }

    String tag() {
        return chars(TAG_CHARS, 1 + r.nextInt(8));
    }

    String atom() {
        return chars(ATOM_CHARS, 1 + r.nextInt(8));
    }

    String flag() {
        return switch (r.nextInt(3)) {
            case 0 -> pick(SYSTEM_FLAGS);
            case 1 -> atom();
            default -> "\\X" + atom();
        };
    }

    String mailbox() {
        String name = r.nextInt(5) == 0 ? "INBOX" : odd();
        return name.equalsIgnoreCase("INBOX") ? "INBOX" : name;
    }

    /** Strings of odd pieces: often plain, sometimes every kind of trouble. */
    String odd() {
        if (r.nextInt(3) == 0) {
            return chars(ATOM_CHARS, r.nextInt(10));
        }
        StringBuilder sb = new StringBuilder();
        int n = r.nextInt(8);
        for (int i = 0; i < n; i++) {
            sb.append(pick(ODD));
        }
        return sb.toString();
    }

    private byte[] bytes(int n, boolean allowNul) {
        byte[] b = new byte[n];
        r.nextBytes(b);
        for (int i = 0; i < n && !allowNul; i++) {
            if (b[i] == 0) {
                b[i] = 1;
            }
        }
        return b;
    }

    private String chars(String alphabet, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    private <T> List<T> some(Supplier<T> item, int min, int max) {
        int n = min + r.nextInt(max - min + 1);
        List<T> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(item.get());
        }
        return out;
    }

    private <T> T pick(T[] values) {
        return values[r.nextInt(values.length)];
    }
}

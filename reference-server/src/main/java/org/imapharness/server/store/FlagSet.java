package org.imapharness.server.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.imapharness.protocol.model.Flags;

/**
 * An immutable set of flags (RFC 3501 §2.3.2): system flags and keywords compare
 * case-insensitively; the spelling of the first use is kept. System flags are stored in their
 * canonical spelling ({@code \Seen}, not {@code \SEEN}). {@code \Recent} is never stored: it is
 * session state, reported by {@link MailboxView}.
 */
public final class FlagSet {
    public static final FlagSet EMPTY = new FlagSet(Map.of());

    /** The flags a client may set (PERMANENTFLAGS without {@code \*}). */
    public static final List<String> SYSTEM_FLAGS =
            List.of(Flags.ANSWERED, Flags.FLAGGED, Flags.DELETED, Flags.SEEN, Flags.DRAFT);

    private final Map<String, String> byKey;

    private FlagSet(Map<String, String> byKey) {
        this.byKey = byKey;
    }

    public static FlagSet of(Collection<String> flags) {
        return EMPTY.plus(flags);
    }

    public static FlagSet of(String... flags) {
        return of(List.of(flags));
    }

    public boolean contains(String flag) {
        return byKey.containsKey(key(flag));
    }

    public boolean isEmpty() {
        return byKey.isEmpty();
    }

    public int size() {
        return byKey.size();
    }

    /** The flags in first-use order, as they go on the wire. */
    public List<String> toList() {
        return List.copyOf(byKey.values());
    }

    public FlagSet plus(Collection<String> flags) {
        Map<String, String> next = null;
        for (String f : flags) {
            String key = key(f);
            if (!f.equalsIgnoreCase(Flags.RECENT) && !byKey.containsKey(key)
                    && (next == null || !next.containsKey(key))) {
                if (next == null) {
                    next = new LinkedHashMap<>(byKey);
                }
                next.put(key, canonical(f));
            }
        }
        return next == null ? this : new FlagSet(next);
    }

    public FlagSet minus(Collection<String> flags) {
        if (flags.stream().noneMatch(this::contains)) {
            return this;
        }
        Map<String, String> next = new LinkedHashMap<>(byKey);
        for (String f : flags) {
            next.remove(key(f));
        }
        return new FlagSet(next);
    }

    /** The keywords (non-system flags) of this set. */
    public List<String> keywords() {
        List<String> out = new ArrayList<>();
        for (String f : byKey.values()) {
            if (!Flags.isSystemFlag(f)) {
                out.add(f);
            }
        }
        return out;
    }

    /** Same flags, ignoring case and order. */
    public boolean sameFlags(FlagSet other) {
        return byKey.keySet().equals(other.byKey.keySet());
    }

    private static String key(String flag) {
        return flag.toLowerCase(Locale.ROOT);
    }

    private static String canonical(String flag) {
        for (String s : SYSTEM_FLAGS) {
            if (s.equalsIgnoreCase(flag)) {
                return s;
            }
        }
        return flag;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FlagSet other && sameFlags(other);
    }

    @Override
    public int hashCode() {
        return byKey.keySet().hashCode();
    }

    @Override
    public String toString() {
        return "(" + String.join(" ", byKey.values()) + ")";
    }
}

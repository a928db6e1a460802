package org.imapharness.core.sync;

import java.util.Collection;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import org.imapharness.protocol.model.Flags;

/**
 * Flag sets as the checker compares them: case-insensitive (RFC 3501 §2.3.2 flags are atoms) and
 * without {@code \Recent}, which is per session and so never part of a mailbox's shared state.
 */
final class FlagNames {
    private FlagNames() {
    }

    static Set<String> of(Collection<String> flags) {
        Set<String> out = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (String f : flags) {
            if (!Flags.equalFlags(f, Flags.RECENT)) {
                out.add(f);
            }
        }
        return Collections.unmodifiableSet(out);
    }

    /** The flags as a scenario pattern list: {@code (\Seen $$Junk ...)}; {@code ...} allows \Recent. */
    static String pattern(Set<String> flags) {
        StringBuilder sb = new StringBuilder("(");
        for (String f : flags) {
            sb.append(f.replace("$", "$$")).append(' ');
        }
        return sb.append("...)").toString();
    }
}

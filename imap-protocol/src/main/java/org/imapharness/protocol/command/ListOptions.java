package org.imapharness.protocol.command;

import java.util.List;
import java.util.Set;
import org.imapharness.protocol.model.StatusItem;

/**
 * The LIST-EXTENDED parts of a LIST command (RFC 5258 §3): selection options, patterns beyond
 * the first, and return options, with RFC 5819's {@code STATUS (...)} return option kept apart
 * as its items. {@link #NONE} is a plain RFC 3501 LIST. Options are upper-case atoms in the order
 * sent; an empty {@code status} means STATUS was not asked for.
 *
 * @param selection    e.g. SUBSCRIBED, REMOTE, RECURSIVEMATCH (RFC 5258 §3.1)
 * @param morePatterns the second and later patterns of {@code mbox-or-pat} (RFC 5258 §3)
 * @param returns      SUBSCRIBED, CHILDREN (RFC 5258 §3.2); STATUS is in {@code status}
 * @param status       the items of the STATUS return option (RFC 5819 §2)
 * @param returnClause whether {@code RETURN (...)} was there at all, even empty
 */
public record ListOptions(List<String> selection, List<String> morePatterns, List<String> returns,
                          List<StatusItem> status, boolean returnClause) {
    public static final ListOptions NONE = new ListOptions(List.of(), List.of(), List.of(), List.of(), false);

    /** Selection options a server must know (RFC 5258 §3.1); others are extensions it may refuse. */
    public static final Set<String> BASE_SELECTION = Set.of("SUBSCRIBED", "REMOTE", "RECURSIVEMATCH");

    public ListOptions {
        selection = List.copyOf(selection);
        morePatterns = List.copyOf(morePatterns);
        returns = List.copyOf(returns);
        status = List.copyOf(status);
        returnClause = returnClause || !returns.isEmpty() || !status.isEmpty();
    }

    /** True when the command needs the extended syntax; an empty selection list {@code ()} still does. */
    public boolean isExtended() {
        return !equals(NONE);
    }
}

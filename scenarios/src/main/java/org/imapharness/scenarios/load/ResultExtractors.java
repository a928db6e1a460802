package org.imapharness.scenarios.load;

import java.util.ArrayList;
import java.util.List;
import org.imapharness.core.client.CommandResult;
import org.imapharness.protocol.model.StatusItem;
import org.imapharness.protocol.response.MessageAttribute;
import org.imapharness.protocol.response.ResponseCode;
import org.imapharness.protocol.response.UntaggedResponse;

/**
 * The values checks read from a {@link CommandResult}. Absent values are {@code null}, so that
 * {@code exists()} and the KO message can say so; counts are never absent (zero instead).
 */
final class ResultExtractors {

    private ResultExtractors() {
    }

    /** The last {@code * n EXISTS} (RFC 3501 §7.3.1): the mailbox size as last announced. */
    static Long exists(CommandResult r) {
        List<UntaggedResponse.Exists> all = r.untagged(UntaggedResponse.Exists.class);
        return all.isEmpty() ? null : all.get(all.size() - 1).count();
    }

    static Long recent(CommandResult r) {
        List<UntaggedResponse.Recent> all = r.untagged(UntaggedResponse.Recent.class);
        return all.isEmpty() ? null : all.get(all.size() - 1).count();
    }

    static Integer fetchCount(CommandResult r) {
        return r.untagged(UntaggedResponse.Fetch.class).size();
    }

    /** Bytes of message data received: body sections, RFC822 parts and BINARY parts. */
    static Long fetchedBytes(CommandResult r) {
        long total = 0;
        for (UntaggedResponse.Fetch f : r.untagged(UntaggedResponse.Fetch.class)) {
            for (MessageAttribute a : f.attributes()) {
                if (a instanceof MessageAttribute.BodySection b && b.data() != null) {
                    total += b.data().length();
                } else if (a instanceof MessageAttribute.Rfc822 m && m.data() != null) {
                    total += m.data().length();
                } else if (a instanceof MessageAttribute.Binary b && b.data() != null) {
                    total += b.data().length();
                }
            }
        }
        return total;
    }

    /** The UIDs in FETCH responses, in arrival order. */
    static List<Long> uids(CommandResult r) {
        List<Long> out = new ArrayList<>();
        for (UntaggedResponse.Fetch f : r.untagged(UntaggedResponse.Fetch.class)) {
            for (MessageAttribute a : f.attributes()) {
                if (a instanceof MessageAttribute.Uid u) {
                    out.add(u.uid());
                }
            }
        }
        return out;
    }

    /** SEARCH results (RFC 3501 §7.2.5), all responses joined; ESEARCH counts are not expanded. */
    static List<Long> searchResults(CommandResult r) {
        List<Long> out = new ArrayList<>();
        for (UntaggedResponse.Search s : r.untagged(UntaggedResponse.Search.class)) {
            out.addAll(s.numbers());
        }
        return out;
    }

    static List<String> mailboxes(CommandResult r) {
        List<String> out = new ArrayList<>();
        for (UntaggedResponse.ListItem item : r.untagged(UntaggedResponse.ListItem.class)) {
            out.add(item.mailbox());
        }
        return out;
    }

    static Long statusItem(CommandResult r, StatusItem item) {
        for (UntaggedResponse.StatusData s : r.untagged(UntaggedResponse.StatusData.class)) {
            Long v = s.items().get(item);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** From an untagged CAPABILITY, else from a CAPABILITY response code (e.g. on LOGIN's OK). */
    static List<String> capabilities(CommandResult r) {
        List<UntaggedResponse.Capability> untagged = r.untagged(UntaggedResponse.Capability.class);
        if (!untagged.isEmpty()) {
            return untagged.get(untagged.size() - 1).capabilities();
        }
        ResponseCode.Capability code = r.code(ResponseCode.Capability.class);
        return code == null ? null : code.capabilities();
    }

    /** A response code found on an untagged status response or on the completion (SELECT's UIDNEXT…). */
    static <T extends ResponseCode> T code(CommandResult r, Class<T> type) {
        T onCompletion = r.code(type);
        if (onCompletion != null) {
            return onCompletion;
        }
        for (UntaggedResponse.Status s : r.untagged(UntaggedResponse.Status.class)) {
            if (type.isInstance(s.code())) {
                return type.cast(s.code());
            }
        }
        return null;
    }

    /** The highest UID of an APPENDUID code (RFC 4315 §3). */
    static Long appendUid(CommandResult r) {
        ResponseCode.AppendUid code = r.code(ResponseCode.AppendUid.class);
        if (code == null) {
            return null;
        }
        long max = 0;
        for (var range : code.uids().ranges()) {
            max = Math.max(max, range.high());
        }
        return max;
    }

    static Integer expunged(CommandResult r) {
        return r.untagged(UntaggedResponse.Expunge.class).size();
    }
}

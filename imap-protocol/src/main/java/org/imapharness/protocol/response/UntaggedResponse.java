package org.imapharness.protocol.response;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.imapharness.protocol.model.SequenceSet;
import org.imapharness.protocol.model.StatusItem;

/**
 * Untagged responses ({@code response-data}, RFC 3501 §7.1–7.4) and the untagged data of the
 * extensions we test. Mailbox names are in their wire form (modified UTF-7, §5.1.3).
 */
public sealed interface UntaggedResponse extends Response {

    /** {@code * OK/NO/BAD/PREAUTH/BYE [code] text} (§7.1). */
    record Status(StatusCondition status, ResponseCode code, String text) implements UntaggedResponse {
        public Status {
            text = text == null ? "" : text;
        }
    }

    /** §7.2.1. */
    record Capability(java.util.List<String> capabilities) implements UntaggedResponse {
        public Capability {
            capabilities = java.util.List.copyOf(capabilities);
        }
    }

    /**
     * LIST (§7.2.2) or LSUB (§7.2.3) data; {@code delimiter} is {@code null} for NIL.
     * {@code extended} holds the {@code mbox-list-extended} items of RFC 5258 §6 (LIST only).
     */
    record ListItem(Kind kind, java.util.List<String> attributes, Character delimiter, String mailbox,
            java.util.List<ListExtendedItem> extended) implements UntaggedResponse {
        public enum Kind { LIST, LSUB }

        public ListItem {
            attributes = java.util.List.copyOf(attributes);
            extended = java.util.List.copyOf(extended);
        }

        /** Without extended data, as every RFC 3501 server sends it. */
        public ListItem(Kind kind, java.util.List<String> attributes, Character delimiter, String mailbox) {
            this(kind, attributes, delimiter, mailbox, java.util.List.of());
        }

        /** The selection options of the CHILDINFO item (RFC 5258 §3.5); empty without one. */
        public java.util.List<String> childInfo() {
            for (ListExtendedItem item : extended) {
                if (item.tag().equalsIgnoreCase(ListExtendedItem.CHILDINFO)) {
                    return item.childInfoOptions();
                }
            }
            return java.util.List.of();
        }
    }

    /** STATUS data (§7.2.4), items in the order received. */
    record StatusData(String mailbox, Map<StatusItem, Long> items) implements UntaggedResponse {
        public StatusData {
            items = Collections.unmodifiableMap(new LinkedHashMap<>(items));
        }
    }

    /** SEARCH data (§7.2.5); {@code modSeq} is the RFC 7162 §3.1.5 addition or {@code null}. */
    record Search(java.util.List<Long> numbers, Long modSeq) implements UntaggedResponse {
        public Search {
            numbers = java.util.List.copyOf(numbers);
        }
    }

    /** ESEARCH data (RFC 4731 §3.1); absent items are {@code null}; {@code tag} is the correlator. */
    record Esearch(String tag, boolean uid, Long min, Long max, SequenceSet all, Long count, Long modSeq)
            implements UntaggedResponse {
    }

    /** FLAGS (§7.2.6). */
    record Flags(java.util.List<String> flags) implements UntaggedResponse {
        public Flags {
            flags = java.util.List.copyOf(flags);
        }
    }

    /** n EXISTS (§7.3.1). */
    record Exists(long count) implements UntaggedResponse {
    }

    /** n RECENT (§7.3.2). */
    record Recent(long count) implements UntaggedResponse {
    }

    /** n EXPUNGE (§7.4.1). */
    record Expunge(long sequenceNumber) implements UntaggedResponse {
    }

    /** n FETCH (msg-att) (§7.4.2). */
    record Fetch(long sequenceNumber, java.util.List<MessageAttribute> attributes) implements UntaggedResponse {
        public Fetch {
            attributes = java.util.List.copyOf(attributes);
        }

        /** The first attribute of the given type, or {@code null}. */
        public <T extends MessageAttribute> T get(Class<T> type) {
            for (MessageAttribute a : attributes) {
                if (type.isInstance(a)) {
                    return type.cast(a);
                }
            }
            return null;
        }
    }

    /** ENABLED (RFC 5161 §3.2). */
    record Enabled(java.util.List<String> capabilities) implements UntaggedResponse {
        public Enabled {
            capabilities = java.util.List.copyOf(capabilities);
        }
    }

    /** NAMESPACE (RFC 2342 §5); each list is {@code null} for NIL. */
    record Namespace(java.util.List<NamespaceDescriptor> personal, java.util.List<NamespaceDescriptor> otherUsers,
                     java.util.List<NamespaceDescriptor> shared) implements UntaggedResponse {
        public Namespace {
            personal = personal == null ? null : java.util.List.copyOf(personal);
            otherUsers = otherUsers == null ? null : java.util.List.copyOf(otherUsers);
            shared = shared == null ? null : java.util.List.copyOf(shared);
        }
    }

    /** One namespace: prefix, hierarchy delimiter ({@code null} for NIL) and extension values. */
    record NamespaceDescriptor(String prefix, Character delimiter, Map<String, java.util.List<String>> extensions) {
        public NamespaceDescriptor {
            extensions = Collections.unmodifiableMap(new LinkedHashMap<>(extensions));
        }
    }

    /** ID (RFC 2971 §3.2); {@code parameters} is {@code null} for NIL, values may be {@code null}. */
    record Id(Map<String, String> parameters) implements UntaggedResponse {
        public Id {
            parameters = parameters == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        }
    }

    /** VANISHED [(EARLIER)] uids (RFC 7162 §3.2.10). */
    record Vanished(boolean earlier, SequenceSet uids) implements UntaggedResponse {
    }
}

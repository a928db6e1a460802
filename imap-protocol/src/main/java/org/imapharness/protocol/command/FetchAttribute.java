package org.imapharness.protocol.command;

import java.util.List;
import org.imapharness.protocol.model.Partial;
import org.imapharness.protocol.model.Section;

/**
 * The data items a FETCH asks for ({@code fetch-att}, RFC 3501 §6.4.5; MODSEQ RFC 7162,
 * BINARY RFC 3516). The macros ALL, FAST and FULL are expanded by {@link #macro(String)}.
 */
public sealed interface FetchAttribute {

    /** Items without arguments, by their wire name. */
    enum Simple implements FetchAttribute {
        FLAGS("FLAGS"), INTERNALDATE("INTERNALDATE"), RFC822_SIZE("RFC822.SIZE"), ENVELOPE("ENVELOPE"),
        BODY("BODY"), BODYSTRUCTURE("BODYSTRUCTURE"), UID("UID"), RFC822("RFC822"),
        RFC822_HEADER("RFC822.HEADER"), RFC822_TEXT("RFC822.TEXT"), MODSEQ("MODSEQ");

        private final String wire;

        Simple(String wire) {
            this.wire = wire;
        }

        public String wire() {
            return wire;
        }
    }

    /** BODY[section]&lt;partial&gt; or BODY.PEEK[...] when {@code peek}; {@code partial} may be {@code null}. */
    record BodySection(Section section, boolean peek, Partial partial) implements FetchAttribute {
        public BodySection {
            if (partial != null && partial.count() == null) {
                throw new IllegalArgumentException("a requested partial needs offset and count");
            }
        }
    }

    /** BINARY[part]&lt;partial&gt; / BINARY.PEEK (RFC 3516 §4.1). */
    record Binary(List<Integer> part, boolean peek, Partial partial) implements FetchAttribute {
        public Binary {
            part = List.copyOf(part);
        }
    }

    /** BINARY.SIZE[part] (RFC 3516 §4.1). */
    record BinarySize(List<Integer> part) implements FetchAttribute {
        public BinarySize {
            part = List.copyOf(part);
        }
    }

    /**
     * Expands a macro (§6.4.5), case-insensitively.
     *
     * @return the items, or {@code null} when {@code name} is not a macro
     */
    static List<FetchAttribute> macro(String name) {
        return switch (name.toUpperCase(java.util.Locale.ROOT)) {
            case "ALL" -> List.of(Simple.FLAGS, Simple.INTERNALDATE, Simple.RFC822_SIZE, Simple.ENVELOPE);
            case "FAST" -> List.of(Simple.FLAGS, Simple.INTERNALDATE, Simple.RFC822_SIZE);
            case "FULL" -> List.of(Simple.FLAGS, Simple.INTERNALDATE, Simple.RFC822_SIZE, Simple.ENVELOPE,
                    Simple.BODY);
            default -> null;
        };
    }
}

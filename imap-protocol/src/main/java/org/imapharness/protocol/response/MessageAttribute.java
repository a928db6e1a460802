package org.imapharness.protocol.response;

import java.time.OffsetDateTime;
import java.util.List;
import org.imapharness.protocol.model.BodyStructure;
import org.imapharness.protocol.model.Envelope;
import org.imapharness.protocol.model.Octets;
import org.imapharness.protocol.model.Section;

/** {@code msg-att} items of a FETCH response (RFC 3501 §7.4.2; MODSEQ RFC 7162; BINARY RFC 3516). */
public sealed interface MessageAttribute {

    record Flags(List<String> flags) implements MessageAttribute {
        public Flags {
            flags = List.copyOf(flags);
        }
    }

    record InternalDate(OffsetDateTime dateTime) implements MessageAttribute {
    }

    record Rfc822Size(long size) implements MessageAttribute {
    }

    record EnvelopeItem(Envelope envelope) implements MessageAttribute {
    }

    /** BODY (non-extensible form) when {@code extensible} is false, else BODYSTRUCTURE. */
    record Body(BodyStructure structure, boolean extensible) implements MessageAttribute {
    }

    /** BODY[section]&lt;origin&gt; nstring; {@code data} is {@code null} for NIL. */
    record BodySection(Section section, Long origin, Octets data) implements MessageAttribute {
    }

    record Uid(long uid) implements MessageAttribute {
    }

    /** RFC822, RFC822.HEADER and RFC822.TEXT; {@code data} is {@code null} for NIL. */
    record Rfc822(Rfc822Part part, Octets data) implements MessageAttribute {
        public enum Rfc822Part {
            WHOLE("RFC822"), HEADER("RFC822.HEADER"), TEXT("RFC822.TEXT");

            private final String wire;

            Rfc822Part(String wire) {
                this.wire = wire;
            }

            public String wire() {
                return wire;
            }
        }
    }

    record ModSeq(long modSeq) implements MessageAttribute {
    }

    /** BINARY[part]&lt;origin&gt; (RFC 3516 §4.2); {@code data} is {@code null} for NIL. */
    record Binary(List<Integer> part, Long origin, Octets data) implements MessageAttribute {
        public Binary {
            part = List.copyOf(part);
        }
    }

    record BinarySize(List<Integer> part, long size) implements MessageAttribute {
        public BinarySize {
            part = List.copyOf(part);
        }
    }
}

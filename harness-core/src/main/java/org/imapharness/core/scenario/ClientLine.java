package org.imapharness.core.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The text of a {@code C:} line, cut at the literals the interpreter sizes itself. A literal
 * written with an explicit size ({@code {12}}) is not cut out: it stays in the text and goes
 * out as written.
 *
 * @param pieces text and literals, in order
 */
public record ClientLine(List<Piece> pieces) {

    public ClientLine {
        pieces = List.copyOf(pieces);
    }

    /** A run of the line. */
    public sealed interface Piece {
        /** Sent as written after variables are filled in. */
        record Text(Template text) implements Piece {
            public Text {
                Objects.requireNonNull(text, "text");
            }
        }

        /**
         * A literal whose size the interpreter computes: {@code {"text"}} or a block of {@code |}
         * lines. A synchronizing one waits for the server's {@code +} (RFC 3501 §7.5);
         * {@code nonSynchronizing} is RFC 7888's {@code {n+}}; {@code binary} is RFC 3516's
         * {@code ~{n}}.
         */
        record Literal(Template content, boolean nonSynchronizing, boolean binary) implements Piece {
            public Literal {
                Objects.requireNonNull(content, "content");
            }
        }
    }

    /** Every variable referenced, in order. */
    public List<String> variables() {
        List<String> names = new ArrayList<>();
        for (Piece p : pieces) {
            if (p instanceof Piece.Text t) {
                names.addAll(t.text().variables());
            } else if (p instanceof Piece.Literal l) {
                names.addAll(l.content().variables());
            }
        }
        return names;
    }
}

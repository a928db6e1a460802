package org.imapharness.protocol.codec;

import java.util.ArrayList;
import java.util.List;
import org.imapharness.protocol.model.Address;
import org.imapharness.protocol.model.BodyStructure;
import org.imapharness.protocol.model.BodyStructure.Disposition;
import org.imapharness.protocol.model.BodyStructure.Extension;
import org.imapharness.protocol.model.BodyStructure.ExtensionValue;
import org.imapharness.protocol.model.BodyStructure.Parameter;
import org.imapharness.protocol.model.Envelope;
import org.imapharness.protocol.model.Section;

/** Random envelopes, body structures and sections for {@link ResponseGenerator}. */
final class ResponseBodyGenerator {
    private static final int MAX_DEPTH = 4;

    private final ResponseGenerator g;

    ResponseBodyGenerator(ResponseGenerator g) {
        this.g = g;
    }

    Envelope envelope() {
        return new Envelope(nstring(), nstring(), addresses(), addresses(), addresses(), addresses(), addresses(),
                addresses(), nstring(), nstring());
    }

    private List<Address> addresses() {
        if (g.random.nextInt(3) == 0) {
            return null;
        }
        return g.list(1, 3, () -> new Address(nstring(), nstring(), nstring(), nstring()));
    }

    private String nstring() {
        return g.random.nextInt(4) == 0 ? null : g.string();
    }

    BodyStructure body(boolean extensible, int depth) {
        int kind = g.random.nextInt(depth >= MAX_DEPTH ? 2 : 4);
        if (kind == 3) {
            return new BodyStructure.MultiPart(g.list(1, 3, () -> body(extensible, depth + 1)), g.string(),
                    extensible && g.random.nextBoolean() ? extension(false) : null);
        }
        boolean message = kind == 2;
        boolean text = kind == 1;
        String type = message ? "MESSAGE" : text ? (g.random.nextBoolean() ? "TEXT" : "text") : "IMAGE";
        String subtype = message ? (g.random.nextBoolean() ? "RFC822" : "global") : g.string();
        return new BodyStructure.SinglePart(type, subtype, parameters(), nstring(), nstring(), g.string(), g.number(),
                message || text ? g.number() : null, message ? envelope() : null,
                message ? body(extensible, depth + 1) : null,
                extensible && g.random.nextBoolean() ? extension(true) : null);
    }

    private List<Parameter> parameters() {
        return g.list(0, 3, () -> new Parameter(g.string(), g.string()));
    }

    private Extension extension(boolean singlePart) {
        int present = 1 + g.random.nextInt(4);
        List<ExtensionValue> extra = present == 4 ? g.list(0, 3, () -> extensionValue(0)) : List.of();
        return new Extension(singlePart ? nstring() : null, singlePart ? List.of() : parameters(),
                present >= 2 && g.random.nextBoolean() ? new Disposition(g.string(), parameters()) : null,
                present >= 3 && g.random.nextBoolean() ? g.list(1, 3, g::string) : null,
                present >= 4 ? nstring() : null, extra, present);
    }

    private ExtensionValue extensionValue(int depth) {
        return switch (g.random.nextInt(depth > 2 ? 2 : 3)) {
            case 0 -> new ExtensionValue.Text(nstring());
            case 1 -> new ExtensionValue.Number(g.number());
            default -> new ExtensionValue.Values(g.list(1, 3, () -> extensionValue(depth + 1)));
        };
    }

    Section section() {
        List<Integer> part = part();
        Section.Specifier[] all = Section.Specifier.values();
        Section.Specifier s = all[g.random.nextInt(all.length)];
        if (s == Section.Specifier.MIME && part.isEmpty()) {
            s = Section.Specifier.TEXT;
        }
        return new Section(part, s, s.hasFields() ? g.list(1, 3, g::astring).stream()
                .map(f -> f.isEmpty() ? "x" : f).toList() : List.of());
    }

    List<Integer> part() {
        List<Integer> part = new ArrayList<>();
        for (int i = g.random.nextInt(4); i > 0; i--) {
            part.add(1 + g.random.nextInt(g.random.nextInt(10) == 0 ? Integer.MAX_VALUE : 30));
        }
        return part;
    }
}

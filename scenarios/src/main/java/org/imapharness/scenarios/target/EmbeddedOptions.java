package org.imapharness.scenarios.target;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.imapharness.core.target.TargetException;
import org.imapharness.server.config.LiteralExtension;
import org.imapharness.server.fault.FaultSet;

/**
 * The options of an {@code embedded} target string: {@code embedded} alone, or with
 * {@code ?fault=NAME[,NAME...]} (the key may repeat) to start the reference server with fault
 * switches on, as {@code serve --fault} does, and {@code literal=minus} to have it offer LITERAL-
 * instead of LITERAL+ (RFC 7888 §4), as {@code literal-mode} does; options join with {@code &}.
 */
record EmbeddedOptions(FaultSet faults, LiteralExtension literals) {
    private static final String SCHEME = "embedded";

    static EmbeddedOptions parse(String uri) {
        String text = uri.strip();
        if (text.equalsIgnoreCase(SCHEME)) {
            return new EmbeddedOptions(FaultSet.none(), LiteralExtension.PLUS);
        }
        if (!text.toLowerCase(Locale.ROOT).startsWith(SCHEME + "?")) {
            throw problem(uri, "write embedded, or embedded?fault=NAME[,NAME...][&literal=minus]");
        }
        List<String> names = new ArrayList<>();
        LiteralExtension literals = LiteralExtension.PLUS;
        for (String pair : text.substring(SCHEME.length() + 1).split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            if (eq < 0 || eq == pair.length() - 1) {
                throw problem(uri, "each option is KEY=VALUE (fault=NAME[,NAME...] or literal=plus|minus), found \""
                        + pair + "\"");
            }
            String value = pair.substring(eq + 1);
            if (key.equalsIgnoreCase("fault")) {
                names.add(value);
            } else if (key.equalsIgnoreCase("literal")) {
                literals = literals(uri, value);
            } else {
                throw problem(uri, "the options are fault=NAME[,NAME...] and literal=plus|minus, found \"" + pair
                        + "\"");
            }
        }
        try {
            return new EmbeddedOptions(FaultSet.parse(names), literals);
        } catch (IllegalArgumentException e) {
            throw problem(uri, e.getMessage());
        }
    }

    /** True when the options ask for anything but the shared fault-free LITERAL+ server. */
    boolean ownServer() {
        return !faults.isEmpty() || literals != LiteralExtension.PLUS;
    }

    private static LiteralExtension literals(String uri, String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "plus" -> LiteralExtension.PLUS;
            case "minus" -> LiteralExtension.MINUS;
            default -> throw problem(uri, "literal is plus or minus, found \"" + value + "\"");
        };
    }

    private static TargetException problem(String uri, String what) {
        return new TargetException("target \"" + uri + "\": " + what);
    }
}

package org.imapharness.scenarios.target;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.imapharness.core.target.TargetException;
import org.imapharness.server.fault.FaultSet;

/**
 * The options of an {@code embedded} target string: {@code embedded} alone, or
 * {@code embedded?fault=NAME[,NAME...]} (the key may repeat) to start the reference server with
 * fault switches on, as {@code serve --fault} does.
 */
record EmbeddedOptions(FaultSet faults) {
    private static final String SCHEME = "embedded";

    static EmbeddedOptions parse(String uri) {
        String text = uri.strip();
        if (text.equalsIgnoreCase(SCHEME)) {
            return new EmbeddedOptions(FaultSet.none());
        }
        if (!text.toLowerCase(Locale.ROOT).startsWith(SCHEME + "?")) {
            throw problem(uri, "write embedded, or embedded?fault=NAME[,NAME...]");
        }
        List<String> names = new ArrayList<>();
        for (String pair : text.substring(SCHEME.length() + 1).split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            if (!key.equalsIgnoreCase("fault") || eq < 0 || eq == pair.length() - 1) {
                throw problem(uri, "the only option is fault=NAME[,NAME...], found \"" + pair + "\"");
            }
            names.add(pair.substring(eq + 1));
        }
        try {
            return new EmbeddedOptions(FaultSet.parse(names));
        } catch (IllegalArgumentException e) {
            throw problem(uri, e.getMessage());
        }
    }

    private static TargetException problem(String uri, String what) {
        return new TargetException("target \"" + uri + "\": " + what);
    }
}

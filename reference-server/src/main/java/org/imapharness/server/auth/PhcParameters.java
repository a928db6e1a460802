package org.imapharness.server.auth;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The parameter field of a PHC string ({@code m=8192,t=2,p=1}): comma-separated
 * {@code name=decimal} pairs, each name once.
 */
final class PhcParameters {

    private final String text;
    private final Map<String, Integer> values;

    private PhcParameters(String text, Map<String, Integer> values) {
        this.text = text;
        this.values = values;
    }

    static PhcParameters parse(String text) {
        Map<String, Integer> values = new LinkedHashMap<>();
        for (String pair : text.split(",", -1)) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("hash parameter '" + pair + "' in '" + text
                        + "' must be name=number");
            }
            String name = pair.substring(0, eq);
            String number = pair.substring(eq + 1);
            if (number.isEmpty() || number.length() > 10 || !number.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw new IllegalArgumentException("hash parameter " + name + " in '" + text
                        + "' must be a decimal number, was '" + number + "'");
            }
            long value = Long.parseLong(number);
            if (value > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("hash parameter " + name + " in '" + text + "' is too large");
            }
            if (values.put(name, (int) value) != null) {
                throw new IllegalArgumentException("hash parameter " + name + " appears twice in '" + text + "'");
            }
        }
        return new PhcParameters(text, values);
    }

    int require(String name) {
        Integer value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("hash parameters '" + text + "' lack " + name + "=");
        }
        return value;
    }

    void expectOnly(String... names) {
        Set<String> allowed = Set.of(names);
        for (String name : values.keySet()) {
            if (!allowed.contains(name)) {
                throw new IllegalArgumentException("unexpected hash parameter " + name + " in '" + text
                        + "'; expected " + String.join(",", names));
            }
        }
    }
}

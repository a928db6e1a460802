package org.imapharness.core.scenario.run;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Hides passwords (and the SASL PLAIN strings made from them) in what scenario connections
 * record: scenario lines are raw text, so unlike the driver's {@code Redactor} this cannot rely
 * on knowing where a command puts its password; it masks every occurrence instead.
 */
final class Secrets {
    private static final byte[] MASK = "***".getBytes(StandardCharsets.US_ASCII);

    private final List<byte[]> secrets = new ArrayList<>();

    /** Adds a value to hide; values shorter than 3 characters would mask too much and are refused. */
    void add(String secret) {
        if (secret.length() < 3) {
            return;
        }
        byte[] b = secret.getBytes(StandardCharsets.UTF_8);
        if (secrets.stream().noneMatch(s -> Arrays.equals(s, b))) {
            secrets.add(b);
            secrets.sort(Comparator.comparingInt((byte[] s) -> s.length).reversed());
        }
    }

    byte[] mask(byte[] bytes) {
        byte[] out = bytes;
        for (byte[] s : secrets) {
            out = replace(out, s);
        }
        return out;
    }

    private static byte[] replace(byte[] in, byte[] secret) {
        int at = indexOf(in, secret, 0);
        if (at < 0) {
            return in;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        int from = 0;
        while (at >= 0) {
            out.write(in, from, at - from);
            out.writeBytes(MASK);
            from = at + secret.length;
            at = indexOf(in, secret, from);
        }
        out.write(in, from, in.length - from);
        return out.toByteArray();
    }

    private static int indexOf(byte[] in, byte[] s, int from) {
        outer:
        for (int i = from; i + s.length <= in.length; i++) {
            for (int k = 0; k < s.length; k++) {
                if (in[i + k] != s[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}

package org.imapharness.core.gen;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The byte source every generator draws its decisions from (DESIGN.md §8). A run draws either
 * from a seeded random stream or from a given byte array; either way every byte drawn is
 * recorded, so the run can be replayed exactly from {@link #recorded()} and shrunk by
 * shrinking those bytes ({@link Shrinker}).
 *
 * <p>Numbers are read big-endian from as few bytes as their bound needs and scaled down to the
 * bound (not reduced modulo it, which would wrap): a smaller byte never gives a larger number,
 * so a byte nearer zero means a smaller number, the first alternative, or "stop": a
 * shrinker that lowers bytes or deletes them simplifies the generated value without knowing
 * what it is. A replay that runs past the end of its bytes draws zeros (the simplest choice)
 * and notes it in {@link #overran()}.
 */
public final class Choices {
    private final byte[] prefix;
    private final SplittableRandom random;
    private final ByteArrayOutputStream recorded = new ByteArrayOutputStream();
    private final int limit;
    private int position;
    private boolean overran;

    private Choices(byte[] prefix, SplittableRandom random, int limit) {
        this.prefix = prefix;
        this.random = random;
        this.limit = limit;
    }

    /** Draws from a random stream fixed by {@code seed}, at most {@code limit} bytes (then zeros). */
    public static Choices random(long seed, int limit) {
        return new Choices(new byte[0], new SplittableRandom(seed), limit);
    }

    /** Draws from a random stream fixed by {@code seed}, up to 1 MiB of decisions. */
    public static Choices random(long seed) {
        return random(seed, 1 << 20);
    }

    /** Replays {@code bytes}; past their end every draw is zero. */
    public static Choices replay(byte[] bytes) {
        return new Choices(bytes.clone(), null, bytes.length);
    }

    /** One raw byte, 0..255. */
    public int nextByte() {
        int b;
        if (position < prefix.length) {
            b = prefix[position] & 0xff;
        } else if (random != null && position < limit) {
            b = random.nextInt(256);
        } else {
            overran = true;
            b = 0;
        }
        position++;
        recorded.write(b);
        return b;
    }

    /** A number in {@code [0, bound)}; {@code bound} must be positive. */
    public int below(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive, was " + bound);
        }
        if (bound == 1) {
            return 0;
        }
        int bytes = (32 - Integer.numberOfLeadingZeros(bound - 1) + 7) / 8;
        long value = 0;
        for (int i = 0; i < bytes; i++) {
            value = (value << 8) | nextByte();
        }
        return (int) ((value * bound) >>> (8 * bytes));
    }

    /** A number in {@code [min, max]}. */
    public int between(int min, int max) {
        if (max < min) {
            throw new IllegalArgumentException("empty range [" + min + ", " + max + "]");
        }
        return min + below(max - min + 1);
    }

    /** True with probability {@code percent}/100; a zero byte means false. */
    public boolean percent(int percent) {
        return nextByte() * 100 >= (100 - percent) * 256;
    }

    /** One of {@code options}; a zero byte picks the first, so put the simplest first. */
    public <T> T oneOf(List<T> options) {
        if (options.isEmpty()) {
            throw new IllegalArgumentException("no options to choose from");
        }
        return options.get(below(options.size()));
    }

    /** One of {@code options}; a zero byte picks the first. */
    @SafeVarargs
    public final <T> T oneOf(T... options) {
        return oneOf(List.of(options));
    }

    /**
     * Whether a growing collection takes one more element: continues with probability
     * about {@code 1 - 1/averageSize}; a zero byte stops, so deleting bytes drops elements.
     */
    public boolean more(int averageSize) {
        return below(averageSize + 1) != 0;
    }

    /** Every byte drawn so far: {@code Choices.replay(recorded())} repeats this run. */
    public byte[] recorded() {
        return recorded.toByteArray();
    }

    /** Whether a replay ran out of bytes and drew zeros (the run is then not an exact replay). */
    public boolean overran() {
        return overran;
    }

    /** How many bytes have been drawn. */
    public int drawn() {
        return position;
    }
}

package org.imapharness.core.fuzz;

import org.imapharness.core.gen.Choices;

/**
 * One fuzz case drawn from its own choice bytes: a command (valid, or near-valid with one
 * mutation), whether its equivalent forms are checked too, and where the split form cuts it.
 * The decisions about the command as a whole are drawn first, in a fixed number of bytes, and
 * the command after them: when shrinking deletes bytes inside a long value, the mutation and
 * the checks stay as they were. The run and every replay draw through here.
 *
 * @param command     what is sent
 * @param equivalence whether the equivalence checks run (only ever for valid read-only commands)
 * @param splitRoll   0..255, where the split form cuts the command, as a share of its length
 */
record Case(WireCommand command, boolean equivalence, int splitRoll) {

    static Case draw(Choices c, CommandGenerator generator, String tag, boolean selected, boolean workFull,
                     FuzzOptions options) {
        boolean mutate = c.percent(options.nearValidPercent());
        Mutator.Roll roll = Mutator.Roll.draw(c);
        boolean equivalence = c.percent(options.equivalencePercent());
        int splitRoll = c.nextByte();
        WireCommand valid = generator.generate(c, tag, selected, workFull);
        WireCommand command = mutate ? Mutator.mutate(valid, roll) : valid;
        return new Case(command, equivalence && command.valid() && command.readOnly(), splitRoll);
    }

    /** The seed of case {@code n} of a run: cases are independent, so any one replays alone. */
    static long seed(long runSeed, long n) {
        long z = runSeed + 0x9E3779B97F4A7C15L * (n + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}

package org.imapharness.core.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class ShrinkerTest {
    private static final Generator<List<Integer>> LISTS = ((Generator<Integer>) c -> c.below(1000)).list(10, 200);

    /** Finds the first seed whose value fails, then shrinks its bytes and returns the shrunk value. */
    private static List<Integer> shrunk(Predicate<List<Integer>> fails) {
        for (long seed = 0; seed < 1000; seed++) {
            Choices c = Choices.random(seed);
            if (fails.test(LISTS.generate(c))) {
                Shrinker shrinker = new Shrinker(b -> fails.test(LISTS.generate(Choices.replay(b))), 10_000);
                byte[] smallest = shrinker.shrink(c.recorded());
                assertTrue(fails.test(LISTS.generate(Choices.replay(smallest))), "the shrunk bytes still fail");
                return LISTS.generate(Choices.replay(smallest));
            }
        }
        throw new AssertionError("no seed fails");
    }

    @Test
    void shrinksToTheSingleSmallestCulprit() {
        assertEquals(List.of(500), shrunk(l -> l.stream().anyMatch(x -> x >= 500)));
    }

    @Test
    void shrinksLengthFailuresToTheShortestList() {
        assertEquals(List.of(0, 0, 0, 0, 0), shrunk(l -> l.size() >= 5));
    }

    @Test
    void keepsTwoElementsWhenTheFailureNeedsTheirOrder() {
        List<Integer> result = shrunk(l -> {
            for (int i = 0; i + 1 < l.size(); i++) {
                if (l.get(i) > l.get(i + 1)) {
                    return true;
                }
            }
            return false;
        });
        assertEquals(List.of(1, 0), result);
    }

    @Test
    void stopsAtTheAttemptBudget() {
        int[] calls = {0};
        Shrinker shrinker = new Shrinker(b -> {
            calls[0]++;
            return false;
        }, 25);
        byte[] big = new byte[200];
        java.util.Arrays.fill(big, (byte) 7);
        shrinker.shrink(big);
        assertEquals(25, calls[0]);
        assertEquals(25, shrinker.attempts());
    }
}

package org.imapharness.core.gen;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Makes a value from the decisions in {@link Choices}. A generator must draw all its randomness
 * from the choices it is given (never from a clock or its own random), so the same bytes always
 * give the same value and shrinking the bytes shrinks the value.
 */
@FunctionalInterface
public interface Generator<T> {

    T generate(Choices choices);

    default <R> Generator<R> map(Function<? super T, ? extends R> f) {
        return c -> f.apply(generate(c));
    }

    /** A list of this generator's values, of about {@code averageSize} elements, at most {@code max}. */
    default Generator<List<T>> list(int averageSize, int max) {
        return c -> {
            List<T> values = new ArrayList<>();
            while (values.size() < max && c.more(averageSize)) {
                values.add(generate(c));
            }
            return values;
        };
    }
}

package org.imapharness.core.scenario;

/**
 * A number in a comparison: a constant, or a captured variable plus a constant
 * ({@code $exists + 1}).
 *
 * @param variable the variable's name, or {@code null} for a constant
 * @param offset   the constant, or what is added to the variable
 */
public record Operand(String variable, long offset) {

    public static Operand constant(long value) {
        return new Operand(null, value);
    }

    public static Operand variable(String name) {
        return new Operand(name, 0);
    }

    @Override
    public String toString() {
        if (variable == null) {
            return Long.toString(offset);
        }
        String v = "$" + variable;
        return offset == 0 ? v : offset > 0 ? v + " + " + offset : v + " - " + (-offset);
    }
}

package org.imapharness.server.fault;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The faults a server runs with: immutable, cheap to query on hot paths ({@link #has} is an
 * {@link EnumSet} lookup). Parsed from CLI names; an unknown name fails with the list of valid ones.
 */
public final class FaultSet {

    private static final FaultSet NONE = new FaultSet(EnumSet.noneOf(Fault.class));

    private final EnumSet<Fault> faults;

    private FaultSet(EnumSet<Fault> faults) {
        this.faults = faults;
    }

    /** A correct server: no faults. */
    public static FaultSet none() {
        return NONE;
    }

    public static FaultSet of(Fault... faults) {
        return of(Arrays.asList(faults));
    }

    public static FaultSet of(Collection<Fault> faults) {
        return faults.isEmpty() ? NONE : new FaultSet(EnumSet.copyOf(faults));
    }

    /**
     * Parses CLI names ({@code uid-reuse}). Each element may itself be a comma-separated list, so
     * {@code --fault a,b} and {@code --fault a --fault b} mean the same; blanks are ignored.
     *
     * @throws IllegalArgumentException naming the unknown fault and listing the valid names
     */
    public static FaultSet parse(Collection<String> names) {
        EnumSet<Fault> parsed = EnumSet.noneOf(Fault.class);
        for (String element : names) {
            for (String name : element.split(",")) {
                String trimmed = name.trim();
                if (!trimmed.isEmpty()) {
                    parsed.add(byName(trimmed));
                }
            }
        }
        return parsed.isEmpty() ? NONE : new FaultSet(parsed);
    }

    /** The fault with this CLI name; case-insensitive, and the enum constant name is accepted too. */
    public static Fault byName(String name) {
        for (Fault fault : Fault.values()) {
            if (fault.cliName().equalsIgnoreCase(name) || fault.name().equalsIgnoreCase(name)) {
                return fault;
            }
        }
        throw new IllegalArgumentException("unknown fault '" + name + "'; valid faults: " + validNames());
    }

    /** Every CLI name, comma-separated, in declaration order. */
    public static String validNames() {
        return Arrays.stream(Fault.values()).map(Fault::cliName).collect(Collectors.joining(", "));
    }

    public boolean has(Fault fault) {
        return faults.contains(fault);
    }

    public boolean isEmpty() {
        return faults.isEmpty();
    }

    /** A copy; the set itself never changes. */
    public Set<Fault> asSet() {
        EnumSet<Fault> copy = EnumSet.noneOf(Fault.class);
        copy.addAll(faults);
        return copy;
    }

    public FaultSet with(Fault fault) {
        EnumSet<Fault> copy = EnumSet.noneOf(Fault.class);
        copy.addAll(faults);
        copy.add(fault);
        return new FaultSet(copy);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FaultSet that && faults.equals(that.faults);
    }

    @Override
    public int hashCode() {
        return faults.hashCode();
    }

    /** The CLI names, comma-separated: the form {@link #parse} reads back. */
    @Override
    public String toString() {
        return faults.stream().map(Fault::cliName).collect(Collectors.joining(","));
    }
}

package org.imapharness.core.scenario;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A parsed scenario file: its header and the body's steps in file order. Parsing has already
 * checked that every variable is bound before use, every command has an expected completion and
 * every completion belongs to a command in flight, so a run can only fail on the server's answers.
 *
 * @param file     the file name, for messages ({@code select-basic.imap})
 * @param header   name, RFC references, requirements, connections, fixtures
 * @param steps    the body
 * @param builtins the built-in variables the scenario uses ({@code user}, {@code delimiter}, ...),
 *                 so the interpreter only looks up what is needed
 */
public record Scenario(String file, ScenarioHeader header, List<Step> steps, Set<String> builtins) {

    public Scenario {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(header, "header");
        steps = List.copyOf(steps);
        builtins = Set.copyOf(builtins);
    }

    public String name() {
        return header.name();
    }

    public List<RfcReference> references() {
        return header.references();
    }

    /** {@code file:line}, for messages. */
    public String at(int line) {
        return file + ":" + line;
    }
}

package org.imapharness.scenarios.security;

import java.io.IOException;

/** A check made of its description and a body; the families define theirs this way. */
record DefinedCheck(CheckInfo info, Body body) implements SecurityCheck {

    @FunctionalInterface
    interface Body {
        Verdict run(SecurityProbe probe) throws IOException;
    }

    @Override
    public Verdict run(SecurityProbe probe) throws IOException {
        return body.run(probe);
    }
}

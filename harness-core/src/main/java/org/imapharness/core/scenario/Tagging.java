package org.imapharness.core.scenario;

/**
 * Who writes command tags ({@code tagging:} header). One rule per file keeps every line
 * unambiguous: a word at the start of a client line is either always a tag or never one.
 */
public enum Tagging {
    /** The interpreter tags each command; completions are written {@code S: OK}. The default. */
    AUTO,
    /**
     * Every command line starts with its tag and every completion names it, as in RFC 3501's
     * examples ({@code C: a1 NOOP} ... {@code S: a1 OK}); needed to pipeline commands.
     */
    EXPLICIT
}

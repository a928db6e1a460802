package org.imapharness.core.scenario;

/**
 * A scenario file that does not follow the scenario language, located to the character:
 * {@code select-basic.imap:7:12: expected a response pattern after "S:", found "..."}.
 * Lines and columns count from 1; a column counts characters.
 */
public final class ScenarioSyntaxException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final int column;
    private final String expected;
    private final String found;

    public ScenarioSyntaxException(String file, int line, int column, String expected, String found) {
        super(file + ":" + line + ":" + column + ": expected " + expected + ", found " + found, null, false, false);
        this.file = file;
        this.line = line;
        this.column = column;
        this.expected = expected;
        this.found = found;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** What the language allows at that point. */
    public String expected() {
        return expected;
    }

    /** What the file has there, quoted, or a description such as "the end of the line". */
    public String found() {
        return found;
    }
}

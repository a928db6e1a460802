package org.imapharness.server.auth;

import java.nio.file.Path;

/** A users file that cannot be used: names the file and, when it applies, the 1-based line. */
public final class UsersFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;

    public UsersFileException(Path file, int line, String message) {
        super(file + (line > 0 ? ":" + line : "") + ": " + message);
        this.file = file;
        this.line = line;
    }

    public Path file() {
        return file;
    }

    /** 1-based line, or 0 when the whole file is at fault (unreadable, duplicate across sources). */
    public int line() {
        return line;
    }
}

package org.imapharness.server.config;

import java.nio.file.Path;

/**
 * A config value that cannot be used. Names where it came from: the file and 1-based line for a
 * config file; neither for a command-line flag (the CLI shows the key as {@code --key}); and the key
 * itself, unless the problem spans several keys.
 */
public final class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;
    private final String key;
    private final String problem;

    public ConfigException(Path file, int line, String key, String problem) {
        super(location(file, line) + (key == null ? "" : key + ": ") + problem);
        this.file = file;
        this.line = line;
        this.key = key;
        this.problem = problem;
    }

    /** A problem with a value that came from a flag or an API call, not a file. */
    public static ConfigException of(String key, String problem) {
        return new ConfigException(null, 0, key, problem);
    }

    private static String location(Path file, int line) {
        if (file == null) {
            return "";
        }
        return file + (line > 0 ? ":" + line : "") + ": ";
    }

    /** The config file, or null for flags and API calls. */
    public Path file() {
        return file;
    }

    /** 1-based line in {@link #file()}, or 0. */
    public int line() {
        return line;
    }

    /** The key at fault, or null when the problem is between keys. */
    public String key() {
        return key;
    }

    /** What is wrong, without the location. */
    public String problem() {
        return problem;
    }
}

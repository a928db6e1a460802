package org.imapharness.server.config;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads a config file into a {@link ServerConfigBuilder}. The format (see {@code CONFIG.md}) is one
 * {@code key = value} per line, UTF-8; blank lines and lines starting with {@code #} are ignored;
 * the value is everything after the first {@code =}, trimmed. A non-repeatable key set twice in one
 * file is an error, since one of the two lines is surely a mistake. Relative paths are taken from
 * the file's directory.
 *
 * <p>Use: {@code ServerConfigBuilder b = ServerConfig.builder(); ConfigFile.apply(file, b);} then
 * the flags with {@code b.set(...)}, then {@code b.build()}. A problem found only by
 * {@code build()} (say {@code tls-port} equal to {@code port}) still names the file line that set
 * the key, unless a flag overrode it.
 */
public final class ConfigFile {

    private final Path file;
    private final Map<String, Integer> lineOfKey = new HashMap<>();

    private ConfigFile(Path file) {
        this.file = file;
    }

    /**
     * Applies every line of {@code file} to {@code builder}.
     *
     * @throws ConfigException naming file, line and key
     */
    public static void apply(Path file, ServerConfigBuilder builder) {
        ConfigFile config = new ConfigFile(file);
        String[] lines = read(file).split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            config.applyLine(lines[i].strip(), i + 1, builder);
        }
    }

    /** The config file alone over the defaults. */
    public static ServerConfig load(Path file) {
        ServerConfigBuilder builder = ServerConfig.builder();
        apply(file, builder);
        return builder.build();
    }

    private void applyLine(String line, int number, ServerConfigBuilder builder) {
        if (line.isEmpty() || line.startsWith("#")) {
            return;
        }
        int eq = line.indexOf('=');
        if (eq < 0) {
            throw new ConfigException(file, number, null, "expected key = value, found no '='");
        }
        String key = line.substring(0, eq).strip();
        String value = line.substring(eq + 1).strip();
        ConfigKey configKey;
        try {
            configKey = ConfigKey.byName(key);
        } catch (ConfigException e) {
            throw new ConfigException(file, number, key, e.problem());
        }
        Integer earlier = lineOfKey.putIfAbsent(key, number);
        if (earlier != null && !configKey.repeatable()) {
            throw new ConfigException(file, number, key, "already set on line " + earlier);
        }
        try {
            builder.setFromFile(configKey, value, file, number);
        } catch (ConfigException e) {
            throw new ConfigException(file, number, key, e.problem());
        }
    }

    private static String read(Path file) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new ConfigException(file, 0, null, "is not valid UTF-8");
        } catch (IOException e) {
            throw new ConfigException(file, 0, null, "cannot be read: " + e);
        }
    }
}

package org.imapharness.server.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** CONFIG.md documents exactly the keys {@link ConfigKey} accepts, and its example file parses. */
class ConfigDocumentationTest {

    private static final Path CONFIG_MD = Path.of("CONFIG.md");
    private static final Pattern KEY_ROW = Pattern.compile("^\\| `([a-z.-]+)` \\|", Pattern.MULTILINE);
    private static final Pattern EXAMPLE = Pattern.compile("```properties\\n(.*?)```", Pattern.DOTALL);

    @Test
    void everyKeyIsDocumentedAndNothingElse() throws IOException {
        String markdown = Files.readString(CONFIG_MD, StandardCharsets.UTF_8);
        Set<String> documented = new TreeSet<>();
        Matcher m = KEY_ROW.matcher(markdown);
        while (m.find()) {
            documented.add(m.group(1));
        }
        Set<String> keys = Arrays.stream(ConfigKey.values()).map(ConfigKey::key)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(keys, documented);
    }

    @Test
    void theExampleFileParses(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Matcher m = EXAMPLE.matcher(Files.readString(CONFIG_MD, StandardCharsets.UTF_8));
        assertTrue(m.find(), "CONFIG.md has a ```properties example");
        Path file = Files.writeString(dir.resolve("example.conf"), m.group(1));
        ServerConfig config = ConfigFile.load(file);
        assertTrue(config.port() >= 0);
    }
}

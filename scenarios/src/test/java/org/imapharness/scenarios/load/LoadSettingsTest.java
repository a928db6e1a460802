package org.imapharness.scenarios.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.imapharness.scenarios.load.simulations.LoadSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LoadSettingsTest {

    @AfterEach
    void clear() {
        System.clearProperty("load.duration");
        System.clearProperty("load.model");
        System.clearProperty("load.rate");
    }

    @Test
    void durationsTakeUnits() {
        System.setProperty("load.duration", "500ms");
        assertEquals(Duration.ofMillis(500), LoadSettings.duration("load.duration", Duration.ZERO));
        System.setProperty("load.duration", "2m");
        assertEquals(Duration.ofMinutes(2), LoadSettings.duration("load.duration", Duration.ZERO));
        System.setProperty("load.duration", "45");
        assertEquals(Duration.ofSeconds(45), LoadSettings.duration("load.duration", Duration.ZERO));
    }

    @Test
    void defaultsAreAnOpenModelAgainstTheEmbeddedServer() {
        LoadSettings s = LoadSettings.fromSystemProperties();
        assertTrue(s.embedded());
        assertEquals("open", s.model());
        assertEquals("implicit", s.tls());
    }

    @Test
    void badValuesSayWhichKey() {
        System.setProperty("load.model", "half-open");
        assertEquals("load.model must be open or closed, was half-open",
                assertThrows(IllegalArgumentException.class, LoadSettings::fromSystemProperties).getMessage());
        System.clearProperty("load.model");
        System.setProperty("load.rate", "fast");
        assertEquals("load.rate must be a number, was 'fast'",
                assertThrows(IllegalArgumentException.class, LoadSettings::fromSystemProperties).getMessage());
    }
}

package org.imapharness.core.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.imapharness.core.client.ImapClientConfig;
import org.imapharness.core.client.TlsMode;
import org.imapharness.core.client.Trust;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TargetsTest {
    private static final UserTemplate USERS = new UserTemplate("user%d", "secret");

    private static Target open(String uri) {
        return Targets.open(TargetOptions.of(uri, USERS));
    }

    private static String error(String uri) {
        return assertThrows(TargetException.class, () -> open(uri)).getMessage();
    }

    @Test
    void imapRequiresStartTlsUnlessTlsNone() {
        Target t = open("imap://mail.example.com");
        assertEquals("mail.example.com", t.clientConfig().host());
        assertEquals(143, t.clientConfig().port());
        assertEquals(TlsMode.STARTTLS, t.clientConfig().tlsMode());
        assertTrue(t.requiresStartTls());
        assertEquals("imap://mail.example.com:143", t.description());
        Target plain = open("imap://127.0.0.1:1143?tls=none");
        assertEquals(TlsMode.NONE, plain.clientConfig().tlsMode());
        assertFalse(plain.requiresStartTls());
        assertEquals("imap://127.0.0.1:1143?tls=none", plain.description());
        assertEquals(TlsMode.STARTTLS, open("IMAP://h:1?tls=starttls").clientConfig().tlsMode());
    }

    @Test
    void imapsIsImplicitTls() {
        Target t = open("imaps://[::1]");
        ImapClientConfig c = t.clientConfig();
        assertEquals("::1", c.host());
        assertEquals(993, c.port());
        assertEquals(TlsMode.IMPLICIT, c.tlsMode());
        assertEquals("imaps://[::1]:993", t.description());
        assertFalse(t.insecure());
        assertTrue(Targets.open(TargetOptions.of("imaps://h:10993", USERS).withTrust(Trust.insecure())).insecure());
    }

    @Test
    void usersComeFromTheTemplate() {
        Target t = open("imaps://h");
        assertEquals(new Credentials("user3", "secret"), t.user(3));
        assertEquals("Credentials[user3, ***]", t.user(3).toString());
    }

    @Test
    void mistakesAreExplained() {
        assertTrue(error("pop3://h").contains("unknown target \"pop3://h\": expected embedded, imap://host:port"));
        assertTrue(error("imap://").contains("names no host"));
        assertTrue(error("imap://bob:pw@h").contains("has credentials in it"));
        assertFalse(error("imap://bob:pw@h").contains("pw"), "the password is not echoed");
        assertTrue(error("imap://h/INBOX").contains("has a path"));
        assertTrue(error("imap://h?tls=yes").contains("the only option is ?tls=none"));
        assertTrue(error("imaps://h?tls=none").contains("the only option"));
        assertTrue(error("imap://h h").contains("is not a URI"));
        assertTrue(assertThrows(TargetException.class, () -> Targets.open(TargetOptions.of("imap://h", null)))
                .getMessage().contains("needs a user and password"));
    }

    @Test
    void containerAndEmbeddedNeedAProvider() {
        assertEquals("container targets (container:IMAGE) need the module that provides them "
                + "(a TargetProvider for \"container\", in scenarios) on the classpath", error("container:dovecot/dovecot"));
        assertTrue(error("container:").contains("names no image"));
        assertTrue(error("embedded").contains("needs the module that provides it"));
        assertTrue(error("embedded?fault=uid-reuse").contains("needs the module that provides it"));
    }

    @Test
    void providersAreFoundWithServiceLoader(@TempDir Path dir) throws IOException {
        Path services = dir.resolve("META-INF/services");
        Files.createDirectories(services);
        Files.writeString(services.resolve(TargetProvider.class.getName()), FakeEmbedded.class.getName() + "\n");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            Target t = Targets.open(TargetOptions.of("embedded", null), loader);
            assertSame(FakeEmbedded.TARGET, t);
            assertEquals("embedded", FakeEmbedded.lastUri);
        }
    }

    @Test
    void userTemplates() {
        UserTemplate t = new UserTemplate("u%d@example.com", "pw%d%%");
        assertEquals(new Credentials("u2@example.com", "pw2%"), t.user(2));
        assertTrue(t.distinct());
        UserTemplate one = UserTemplate.single("alice%", "s3cret");
        assertEquals(new Credentials("alice%", "s3cret"), one.user(5));
        assertFalse(one.distinct());
        assertThrows(IllegalArgumentException.class, () -> new UserTemplate("user%s", "x"));
        assertThrows(IllegalArgumentException.class, () -> t.user(0));
        assertFalse(t.toString().contains("pw"));
    }

    /** A provider as the reference-server module will register one. */
    public static final class FakeEmbedded implements TargetProvider {
        static final Target TARGET = new Target() {
            public String description() {
                return "embedded (fake)";
            }

            public ImapClientConfig clientConfig() {
                return ImapClientConfig.plain("127.0.0.1", 1);
            }

            public UserTemplate users() {
                return USERS;
            }

            public void close() {
            }
        };
        static String lastUri;

        @Override
        public String scheme() {
            return "embedded";
        }

        @Override
        public Target open(TargetOptions options) {
            lastUri = options.uri();
            return TARGET;
        }
    }
}

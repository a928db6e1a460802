package org.imapharness.scenarios.security;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;

/**
 * A hand-made TLS ClientHello and a reading of the server's first answer. The JDK refuses to
 * offer TLS 1.0/1.1 or broken cipher suites at all (jdk.tls.disabledAlgorithms), so asking a server
 * whether it would accept them takes writing the hello ourselves (RFC 5246 §7.4.1.2). Nothing
 * past the ServerHello is needed: choosing a version or suite is the answer.
 */
final class TlsHello {
    static final int TLS10 = 0x0301;
    static final int TLS11 = 0x0302;
    static final int TLS12 = 0x0303;

    /** Suites offered to test legacy versions: what a TLS 1.0 client would send. */
    static final Map<Integer, String> LEGACY_CLIENT_SUITES = Map.of(
            0xc013, "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA", 0xc014, "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA",
            0xc009, "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA", 0xc00a, "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA",
            0x002f, "TLS_RSA_WITH_AES_128_CBC_SHA", 0x0035, "TLS_RSA_WITH_AES_256_CBC_SHA",
            0x000a, "TLS_RSA_WITH_3DES_EDE_CBC_SHA");

    /**
     * Suites no server should choose: RC4 (RFC 7465), NULL, anonymous, export and single-DES
     * (RFC 9325 §4.1), 3DES (Sweet32), and static-RSA key transport without forward secrecy
     * (RFC 9325 §4.1: SHOULD NOT).
     */
    static final Map<Integer, String> WEAK_SUITES = Map.ofEntries(
            Map.entry(0x0005, "TLS_RSA_WITH_RC4_128_SHA"), Map.entry(0x0004, "TLS_RSA_WITH_RC4_128_MD5"),
            Map.entry(0xc011, "TLS_ECDHE_RSA_WITH_RC4_128_SHA"), Map.entry(0xc007, "TLS_ECDHE_ECDSA_WITH_RC4_128_SHA"),
            Map.entry(0x0001, "TLS_RSA_WITH_NULL_MD5"), Map.entry(0x0002, "TLS_RSA_WITH_NULL_SHA"),
            Map.entry(0x003b, "TLS_RSA_WITH_NULL_SHA256"), Map.entry(0xc010, "TLS_ECDHE_RSA_WITH_NULL_SHA"),
            Map.entry(0x0003, "TLS_RSA_EXPORT_WITH_RC4_40_MD5"), Map.entry(0x0008, "TLS_RSA_EXPORT_WITH_DES40_CBC_SHA"),
            Map.entry(0x0018, "TLS_DH_anon_WITH_RC4_128_MD5"), Map.entry(0x0034, "TLS_DH_anon_WITH_AES_128_CBC_SHA"),
            Map.entry(0xc018, "TLS_ECDH_anon_WITH_AES_128_CBC_SHA"), Map.entry(0x0009, "TLS_RSA_WITH_DES_CBC_SHA"),
            Map.entry(0x000a, "TLS_RSA_WITH_3DES_EDE_CBC_SHA"), Map.entry(0xc012, "TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA"),
            Map.entry(0xc008, "TLS_ECDHE_ECDSA_WITH_3DES_EDE_CBC_SHA"),
            Map.entry(0x002f, "TLS_RSA_WITH_AES_128_CBC_SHA"), Map.entry(0x0035, "TLS_RSA_WITH_AES_256_CBC_SHA"),
            Map.entry(0x003c, "TLS_RSA_WITH_AES_128_CBC_SHA256"), Map.entry(0x009c, "TLS_RSA_WITH_AES_128_GCM_SHA256"),
            Map.entry(0x009d, "TLS_RSA_WITH_AES_256_GCM_SHA384"));

    /** What the server answered: it chose a version and suite, or refused (alert, close, silence). */
    sealed interface Answer {
        record Accepted(int version, int suite) implements Answer { }

        record Refused(String how) implements Answer { }
    }

    private TlsHello() {
    }

    /** Sends a ClientHello with this version and these suites on {@code socket}, and reads the answer. */
    static Answer offer(Socket socket, String host, int version, List<Integer> suites, int timeoutMillis)
            throws IOException {
        socket.setSoTimeout(timeoutMillis);
        socket.getOutputStream().write(clientHello(host, version, suites));
        socket.getOutputStream().flush();
        DataInputStream in = new DataInputStream(socket.getInputStream());
        try {
            int type = in.readUnsignedByte();
            in.readUnsignedShort(); // record version
            int length = in.readUnsignedShort();
            byte[] body = new byte[Math.min(length, 1 << 14)];
            in.readFully(body);
            if (type == 0x15) {
                return new Answer.Refused("alert " + (body.length > 1 ? alertName(body[1] & 0xff) : "?"));
            }
            if (type != 0x16 || body.length < 40 || body[0] != 2) {
                return new Answer.Refused("not a ServerHello (record type " + type + ")");
            }
            int chosenVersion = ((body[4] & 0xff) << 8) | (body[5] & 0xff);
            int sessionIdLength = body[38] & 0xff;
            int at = 39 + sessionIdLength;
            int suite = ((body[at] & 0xff) << 8) | (body[at + 1] & 0xff);
            return new Answer.Accepted(chosenVersion, suite);
        } catch (EOFException e) {
            return new Answer.Refused("connection closed");
        } catch (SocketTimeoutException e) {
            return new Answer.Refused("no answer within " + timeoutMillis + " ms");
        } catch (IOException e) {
            return new Answer.Refused("connection reset (" + e.getMessage() + ")");
        }
    }

    static String versionName(int version) {
        return switch (version) {
            case 0x0300 -> "SSLv3";
            case TLS10 -> "TLSv1.0";
            case TLS11 -> "TLSv1.1";
            case TLS12 -> "TLSv1.2";
            case 0x0304 -> "TLSv1.3";
            default -> String.format("0x%04x", version);
        };
    }

    private static String alertName(int code) {
        return switch (code) {
            case 40 -> "handshake_failure";
            case 70 -> "protocol_version";
            case 71 -> "insufficient_security";
            case 47 -> "illegal_parameter";
            case 80 -> "internal_error";
            default -> "#" + code;
        };
    }

    static byte[] clientHello(String host, int version, List<Integer> suites) {
        ByteArrayOutputStream hello = new ByteArrayOutputStream();
        u16(hello, version);
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        hello.writeBytes(random);
        hello.write(0); // no session id
        u16(hello, suites.size() * 2);
        suites.forEach(s -> u16(hello, s));
        hello.write(1);
        hello.write(0); // null compression only
        byte[] extensions = extensions(host);
        u16(hello, extensions.length);
        hello.writeBytes(extensions);
        byte[] body = hello.toByteArray();
        ByteArrayOutputStream record = new ByteArrayOutputStream();
        record.write(0x16);
        u16(record, TLS10); // record-layer version: 1.0 for the widest acceptance (RFC 5246 Appendix E.1)
        u16(record, body.length + 4);
        record.write(1); // client_hello
        record.write(0);
        u16(record, body.length);
        record.writeBytes(body);
        return record.toByteArray();
    }

    private static byte[] extensions(String host) {
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        if (!host.matches("[0-9.]+") && !host.contains(":")) { // SNI takes names only (RFC 6066 §3)
            byte[] name = host.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            ByteArrayOutputStream sni = new ByteArrayOutputStream();
            u16(sni, name.length + 3);
            sni.write(0);
            u16(sni, name.length);
            sni.writeBytes(name);
            extension(e, 0x0000, sni.toByteArray());
        }
        extension(e, 0x000a, new byte[] {0, 6, 0, 0x1d, 0, 0x17, 0, 0x18}); // x25519, P-256, P-384
        extension(e, 0x000b, new byte[] {1, 0}); // uncompressed points
        extension(e, 0x000d, new byte[] {0, 12, 4, 3, 5, 3, 8, 4, 8, 5, 4, 1, 2, 1}); // ECDSA/RSA-PSS/RSA, SHA-1 last
        extension(e, 0xff01, new byte[] {0}); // secure renegotiation, empty
        return e.toByteArray();
    }

    private static void extension(ByteArrayOutputStream out, int type, byte[] data) {
        u16(out, type);
        u16(out, data.length);
        out.writeBytes(data);
    }

    private static void u16(ByteArrayOutputStream out, int v) {
        out.write((v >> 8) & 0xff);
        out.write(v & 0xff);
    }
}

package org.imapharness.server.tls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.time.Clock;
import java.util.List;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.sec.ECPrivateKey;
import org.bouncycastle.openssl.jcajce.JcaMiscPEMGenerator;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcePEMEncryptorBuilder;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PemFilesTest {

    @TempDir
    Path dir;

    private final GeneratedCertificate generated = GeneratedCertificate.create(Clock.systemUTC());

    @Test
    void chainAndKeyRoundTrip() throws IOException {
        Path certs = Files.writeString(dir.resolve("chain.pem"),
                PemFiles.toPem(generated.certificate(), generated.authority()));
        assertEquals(generated.chain(), PemFiles.readCertificates(certs));
        Path key = Files.writeString(dir.resolve("key.pem"), PemFiles.toPem(generated.privateKey()));
        assertTrue(Files.readString(key).startsWith("-----BEGIN PRIVATE KEY-----"), "PKCS#8 form");
        assertEquals(generated.privateKey(), PemFiles.readPrivateKey(key));
    }

    @Test
    void readsSec1AndPkcs1Keys() throws Exception {
        // SEC1 as openssl writes it: the curve named inside the key structure
        PrivateKeyInfo info = PrivateKeyInfo.getInstance(generated.privateKey().getEncoded());
        ECPrivateKey inner = ECPrivateKey.getInstance(info.parsePrivateKey());
        ECPrivateKey sec1 = new ECPrivateKey(256, inner.getKey(), info.getPrivateKeyAlgorithm().getParameters());
        Path ec = Files.writeString(dir.resolve("ec.pem"), pem("EC PRIVATE KEY", sec1.getEncoded()));
        assertEquals(((java.security.interfaces.ECPrivateKey) generated.privateKey()).getS(),
                ((java.security.interfaces.ECPrivateKey) PemFiles.readPrivateKey(ec)).getS());

        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        PrivateKey rsaKey = rsa.generateKeyPair().getPrivate();
        byte[] pkcs1 = PrivateKeyInfo.getInstance(rsaKey.getEncoded()).parsePrivateKey().toASN1Primitive().getEncoded();
        Path rsaFile = Files.writeString(dir.resolve("rsa.pem"), pem("RSA PRIVATE KEY", pkcs1));
        assertEquals(rsaKey, PemFiles.readPrivateKey(rsaFile));
    }

    private static String pem(String type, byte[] der) throws IOException {
        StringWriter out = new StringWriter();
        try (PemWriter writer = new PemWriter(out)) {
            writer.writeObject(new PemObject(type, der));
        }
        return out.toString();
    }

    @Test
    void explainsWhatIsWrong() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.pem"), "nothing here\n");
        TlsSetupException e = assertThrows(TlsSetupException.class, () -> PemFiles.readCertificates(empty));
        assertTrue(e.getMessage().contains("holds no PEM 'CERTIFICATE' block"), e.getMessage());
        e = assertThrows(TlsSetupException.class, () -> PemFiles.readPrivateKey(empty));
        assertTrue(e.getMessage().contains("holds no PEM private key block"), e.getMessage());
        e = assertThrows(TlsSetupException.class, () -> PemFiles.readCertificates(dir.resolve("absent.pem")));
        assertTrue(e.getMessage().contains("absent.pem cannot be read"), e.getMessage());
        Path broken = Files.writeString(dir.resolve("broken.pem"),
                "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n");
        e = assertThrows(TlsSetupException.class, () -> PemFiles.readCertificates(broken));
        assertTrue(e.getMessage().contains("broken.pem cannot be read"), e.getMessage());

        KeyPair pair = new KeyPair(generated.certificate().getPublicKey(), generated.privateKey());
        StringWriter encrypted = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(encrypted)) {
            writer.writeObject(new JcaMiscPEMGenerator(pair,
                    new JcePEMEncryptorBuilder("AES-128-CBC")
                            .setProvider(new org.bouncycastle.jce.provider.BouncyCastleProvider())
                            .build("pass".toCharArray())));
        }
        Path locked = Files.writeString(dir.resolve("locked.pem"), encrypted.toString());
        e = assertThrows(TlsSetupException.class, () -> PemFiles.readPrivateKey(locked));
        assertTrue(e.getMessage().contains("is encrypted"), e.getMessage());
    }

    @Test
    void aKeyThatDoesNotMatchTheCertificateFailsAtStart() throws IOException {
        GeneratedCertificate other = GeneratedCertificate.create(Clock.systemUTC());
        Path cert = Files.writeString(dir.resolve("cert.pem"), PemFiles.toPem(generated.certificate()));
        Path key = Files.writeString(dir.resolve("key.pem"), PemFiles.toPem(other.privateKey()));
        TlsSetupException e = assertThrows(TlsSetupException.class,
                () -> ServerTls.fromPem(cert, key, TlsOptions.DEFAULTS));
        assertTrue(e.getMessage().contains("does not belong to the first certificate"), e.getMessage());
        e = assertThrows(TlsSetupException.class, () -> ServerTls.create(cert, null, TlsOptions.DEFAULTS));
        assertTrue(e.getMessage().contains("give both or neither"), e.getMessage());
        assertEquals(List.of(generated.certificate()), PemFiles.readCertificates(cert));
    }
}

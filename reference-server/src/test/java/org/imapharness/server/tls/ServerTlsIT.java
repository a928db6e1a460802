package org.imapharness.server.tls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.ssl.OpenSsl;
import io.netty.handler.ssl.OpenSslContextOption;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.ssl.SslProvider;
import io.netty.handler.ssl.util.InsecureTrustManagerFactory;
import io.netty.util.concurrent.Future;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Clock;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Real handshakes over 127.0.0.1 against a Netty server using {@link ServerTls}. */
class ServerTlsIT {

    private static final int TIMEOUT_MS = 5_000;

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(value = TlsEngine.class, names = {"OPENSSL", "JDK"})
    void aJdkClientTrustingTheExportedPemCompletesTls13AndVerifiesTheHostName(TlsEngine engine) throws Exception {
        assumeEngine(engine);
        ServerTls tls = ServerTls.generated(TlsOptions.DEFAULTS.withEngine(engine), Clock.systemUTC());
        Path pem = dir.resolve("trust.pem");
        tls.writeTrustAnchorPem(pem);
        try (TlsEchoServer server = new TlsEchoServer(tls);
             SSLSocket socket = jdkClient(trusting(pem), "localhost", server.port(), "TLSv1.3")) {
            assertEquals("TLSv1.3", socket.getSession().getProtocol());
            assertEquals(tls.certificateChain().get(0), socket.getSession().getPeerCertificates()[0]);
            assertEcho(socket);
        }
    }

    @ParameterizedTest
    @EnumSource(value = TlsEngine.class, names = {"OPENSSL", "JDK"})
    void tls12NegotiatesAnEcdheAeadSuite(TlsEngine engine) throws Exception {
        assumeEngine(engine);
        ServerTls tls = ServerTls.generated(TlsOptions.DEFAULTS.withEngine(engine), Clock.systemUTC());
        Path pem = dir.resolve("trust.pem");
        tls.writeTrustAnchorPem(pem);
        try (TlsEchoServer server = new TlsEchoServer(tls);
             SSLSocket socket = jdkClient(trusting(pem), "localhost", server.port(), "TLSv1.2")) {
            assertEquals("TLSv1.2", socket.getSession().getProtocol());
            String suite = socket.getSession().getCipherSuite();
            assertTrue(suite.startsWith("TLS_ECDHE_") && (suite.contains("_GCM_") || suite.contains("CHACHA20")), suite);
            assertEcho(socket);
        }
    }

    @Test
    void theCertificateDoesNotVerifyForAnotherHostName() throws Exception {
        ServerTls tls = ServerTls.generated(TlsOptions.DEFAULTS, Clock.systemUTC());
        Path pem = dir.resolve("trust.pem");
        tls.writeTrustAnchorPem(pem);
        try (TlsEchoServer server = new TlsEchoServer(tls)) {
            assertThrows(SSLHandshakeException.class,
                    () -> jdkClient(trusting(pem), "imap.example.org", server.port(), "TLSv1.3").close());
        }
    }

    @ParameterizedTest
    @EnumSource(value = TlsEngine.class, names = {"OPENSSL", "JDK"})
    void tls11IsRefused(TlsEngine engine) throws Exception {
        assumeEngine(engine);
        assumeTrue(OpenSsl.isAvailable(), "the TLS 1.1 client is BoringSSL's (the JDK client refuses 1.1 itself)");
        ServerTls tls = ServerTls.generated(TlsOptions.DEFAULTS.withEngine(engine), Clock.systemUTC());
        try (TlsEchoServer server = new TlsEchoServer(tls)) {
            SslContext tls11 = SslContextBuilder.forClient().sslProvider(SslProvider.OPENSSL)
                    .protocols("TLSv1.1").trustManager(InsecureTrustManagerFactory.INSTANCE).build();
            Throwable failure = nettyHandshake(tls11, server.port());
            assertTrue(failure != null, "TLS 1.1 handshake must fail");
            String message = String.valueOf(failure.getMessage()).toUpperCase();
            assertTrue(message.contains("PROTOCOL_VERSION") || message.contains("UNSUPPORTED_PROTOCOL")
                    || message.contains("PROTOCOL VERSION"), "refused for its version: " + failure);

            SslContext tls12 = SslContextBuilder.forClient().sslProvider(SslProvider.OPENSSL)
                    .protocols("TLSv1.2").trustManager(InsecureTrustManagerFactory.INSTANCE).build();
            assertEquals(null, nettyHandshake(tls12, server.port()), "same client with TLS 1.2 succeeds");
        }
    }

    @Test
    void pinnedGroupIsTheOnlyOneAccepted() throws Exception {
        assumeTrue(OpenSsl.isAvailable(), "groups are an OpenSSL-engine option");
        ServerTls tls = ServerTls.generated(TlsOptions.BENCHMARK.withEngine(TlsEngine.OPENSSL), Clock.systemUTC());
        try (TlsEchoServer server = new TlsEchoServer(tls)) {
            assertEquals(null, nettyHandshake(clientWithGroups("X25519"), server.port()));
            assertTrue(nettyHandshake(clientWithGroups("P-256"), server.port()) != null,
                    "a client offering only P-256 finds no common group");
        }
        try (TlsEchoServer server = new TlsEchoServer(ServerTls.generated(TlsOptions.DEFAULTS
                .withEngine(TlsEngine.OPENSSL), Clock.systemUTC()))) {
            assertEquals(null, nettyHandshake(clientWithGroups("P-256"), server.port()), "unpinned server takes P-256");
        }
    }

    @Test
    void groupsNeedTheOpensslEngine() {
        TlsSetupException e = assertThrows(TlsSetupException.class,
                () -> ServerTls.generated(TlsOptions.BENCHMARK.withEngine(TlsEngine.JDK), Clock.systemUTC()));
        assertTrue(e.getMessage().contains("needs the OpenSSL engine"), e.getMessage());
    }

    @Test
    void servesACertificateAndKeyFromPemFiles() throws Exception {
        GeneratedCertificate generated = GeneratedCertificate.create(Clock.systemUTC());
        Path cert = java.nio.file.Files.writeString(dir.resolve("cert.pem"),
                PemFiles.toPem(generated.certificate(), generated.authority()));
        Path key = java.nio.file.Files.writeString(dir.resolve("key.pem"), PemFiles.toPem(generated.privateKey()));
        ServerTls tls = ServerTls.create(cert, key, TlsOptions.DEFAULTS);
        assertEquals(generated.authority(), tls.trustAnchor());
        Path pem = dir.resolve("trust.pem");
        tls.writeTrustAnchorPem(pem);
        try (TlsEchoServer server = new TlsEchoServer(tls);
             SSLSocket socket = jdkClient(trusting(pem), "localhost", server.port(), "TLSv1.3")) {
            assertEquals(generated.certificate(), socket.getSession().getPeerCertificates()[0]);
        }
    }

    private static void assumeEngine(TlsEngine engine) {
        assumeTrue(engine != TlsEngine.OPENSSL || OpenSsl.isAvailable(), "netty-tcnative not loadable here");
    }

    private static SslContext clientWithGroups(String group) throws Exception {
        return SslContextBuilder.forClient().sslProvider(SslProvider.OPENSSL).protocols("TLSv1.3")
                .trustManager(InsecureTrustManagerFactory.INSTANCE)
                .option(OpenSslContextOption.GROUPS, new String[] {group}).build();
    }

    /** Null if the handshake succeeded, else why it failed. */
    private static Throwable nettyHandshake(SslContext client, int port) throws InterruptedException {
        EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        try {
            SslHandler[] handler = new SslHandler[1];
            Channel channel = new Bootstrap().group(group).channel(NioSocketChannel.class)
                    .option(io.netty.channel.ChannelOption.CONNECT_TIMEOUT_MILLIS, TIMEOUT_MS)
                    .handler(new ChannelInitializer<SocketChannel>() {
                        @Override
                        protected void initChannel(SocketChannel ch) {
                            handler[0] = client.newHandler(ch.alloc(), "localhost", port);
                            ch.pipeline().addLast(handler[0], new io.netty.channel.ChannelInboundHandlerAdapter() {
                                @Override
                                public void exceptionCaught(io.netty.channel.ChannelHandlerContext ctx, Throwable e) {
                                    ctx.close(); // the failure is read from the handshake future
                                }
                            });
                        }
                    })
                    .connect("127.0.0.1", port).sync().channel();
            Future<Channel> handshake = handler[0].handshakeFuture();
            try {
                handshake.get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
                return null;
            } catch (ExecutionException e) {
                return e.getCause();
            } catch (java.util.concurrent.TimeoutException e) {
                throw new AssertionError("handshake neither finished nor failed in " + TIMEOUT_MS + " ms");
            } finally {
                channel.close().awaitUninterruptibly(TIMEOUT_MS);
            }
        } finally {
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly(TIMEOUT_MS);
        }
    }

    private static TrustManagerFactory trusting(Path pem) throws Exception {
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        store.load(null, null);
        try (InputStream in = java.nio.file.Files.newInputStream(pem)) {
            int i = 0;
            for (var cert : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                store.setCertificateEntry("anchor" + i++, cert);
            }
        }
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(store);
        return factory;
    }

    /** Connects to 127.0.0.1 but verifies the certificate for {@code hostName}, as a client would. */
    private static SSLSocket jdkClient(TrustManagerFactory trust, String hostName, int port, String protocol)
            throws Exception {
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        Socket plain = new Socket();
        try {
            plain.connect(new InetSocketAddress("127.0.0.1", port), TIMEOUT_MS);
            plain.setSoTimeout(TIMEOUT_MS);
            // layering over a connected socket makes hostName the identity the certificate is checked against
            SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket(plain, hostName, port, true);
            SSLParameters params = socket.getSSLParameters();
            params.setProtocols(new String[] {protocol});
            params.setEndpointIdentificationAlgorithm("HTTPS");
            socket.setSSLParameters(params);
            socket.startHandshake();
            return socket;
        } catch (Exception e) {
            plain.close();
            throw e;
        }
    }

    private static void assertEcho(SSLSocket socket) throws Exception {
        OutputStream out = socket.getOutputStream();
        out.write("a1 NOOP\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
        byte[] back = socket.getInputStream().readNBytes(9);
        assertEquals("a1 NOOP\r\n", new String(back, StandardCharsets.US_ASCII));
    }
}

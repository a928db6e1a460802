package org.imapharness.core.client;

import io.netty.channel.Channel;
import io.netty.channel.ChannelFactory;
import io.netty.channel.EventLoopGroup;
import java.time.Duration;
import java.util.Objects;
import org.imapharness.core.transcript.Transcript;
import org.imapharness.protocol.codec.CommandWriter;
import org.imapharness.protocol.frame.FrameLimits;

/**
 * Everything a connection needs to know up front. Immutable; start from {@link #plain},
 * {@link #implicitTls} or {@link #startTls} and adjust with the {@code with…} methods.
 *
 * @param host                where to connect
 * @param port                TCP port
 * @param tlsMode             plaintext, STARTTLS or implicit TLS
 * @param trust               which certificates are accepted
 * @param sniHostName         name sent in SNI and checked against the certificate; {@code null}
 *                            uses {@code host} (an IP address gets no SNI, RFC 6066 §3)
 * @param connectTimeout      TCP connect
 * @param commandTimeout      default wait for each command's completion, and for the greeting
 * @param tlsHandshakeTimeout the TLS handshake (implicit or after STARTTLS)
 * @param frameLimits         limits on server responses; a response over them is skipped and
 *                            reported, not buffered
 * @param writerOptions       how commands are encoded (literal mode, string style, keyword case)
 * @param tagPrefix           generated tags are this prefix and a counter: A0001, A0002, …
 * @param transcriptLimitBytes most transcript bytes kept per connection (0 keeps none)
 * @param eventLoopGroup      loops to run on; {@code null} uses a shared daemon NIO group
 * @param channelFactory      socket channel type matching {@code eventLoopGroup} (e.g. epoll for
 *                            Gatling's loops); {@code null} means NIO
 * @param tlsResumption       offer TLS sessions from earlier connections to the same host and port
 *                            (RFC 8446 §2.2), as mail clients do; off, every handshake is a full one
 */
public record ImapClientConfig(String host, int port, TlsMode tlsMode, Trust trust, String sniHostName,
                               Duration connectTimeout, Duration commandTimeout, Duration tlsHandshakeTimeout,
                               FrameLimits frameLimits, CommandWriter.Options writerOptions, String tagPrefix,
                               int transcriptLimitBytes, EventLoopGroup eventLoopGroup,
                               ChannelFactory<? extends Channel> channelFactory, boolean tlsResumption) {

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_COMMAND_TIMEOUT = Duration.ofSeconds(30);
    public static final Duration DEFAULT_TLS_HANDSHAKE_TIMEOUT = Duration.ofSeconds(10);

    public ImapClientConfig {
        Objects.requireNonNull(host, "host");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port must be 1..65535, was " + port);
        }
        Objects.requireNonNull(tlsMode, "tlsMode");
        Objects.requireNonNull(trust, "trust");
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(commandTimeout, "commandTimeout");
        requirePositive(tlsHandshakeTimeout, "tlsHandshakeTimeout");
        Objects.requireNonNull(frameLimits, "frameLimits");
        Objects.requireNonNull(writerOptions, "writerOptions");
        if (tagPrefix == null || tagPrefix.isEmpty()) {
            throw new IllegalArgumentException("tagPrefix must not be empty");
        }
        if (transcriptLimitBytes < 0) {
            throw new IllegalArgumentException("transcriptLimitBytes must be >= 0, was " + transcriptLimitBytes);
        }
    }

    /** Plaintext, system trust (unused until STARTTLS), 30 s command timeout. */
    public static ImapClientConfig plain(String host, int port) {
        return new ImapClientConfig(host, port, TlsMode.NONE, Trust.system(), null, DEFAULT_CONNECT_TIMEOUT,
                DEFAULT_COMMAND_TIMEOUT, DEFAULT_TLS_HANDSHAKE_TIMEOUT, FrameLimits.DEFAULTS,
                CommandWriter.Options.DEFAULTS, "A", Transcript.DEFAULT_LIMIT_BYTES, null, null, true);
    }

    /** TLS from the first byte, certificates checked against the system trust store. */
    public static ImapClientConfig implicitTls(String host, int port) {
        return plain(host, port).withTlsMode(TlsMode.IMPLICIT);
    }

    /** Plaintext greeting, then STARTTLS when the caller asks for it. */
    public static ImapClientConfig startTls(String host, int port) {
        return plain(host, port).withTlsMode(TlsMode.STARTTLS);
    }

    /** "host:port", for messages. */
    public String endpoint() {
        return host.indexOf(':') >= 0 ? "[" + host + "]:" + port : host + ":" + port;
    }

    public ImapClientConfig withTlsMode(TlsMode v) {
        return new ImapClientConfig(host, port, v, trust, sniHostName, connectTimeout, commandTimeout,
                tlsHandshakeTimeout, frameLimits, writerOptions, tagPrefix, transcriptLimitBytes, eventLoopGroup,
                channelFactory, tlsResumption);
    }

    public ImapClientConfig withTrust(Trust v) {
        return new ImapClientConfig(host, port, tlsMode, v, sniHostName, connectTimeout, commandTimeout,
                tlsHandshakeTimeout, frameLimits, writerOptions, tagPrefix, transcriptLimitBytes, eventLoopGroup,
                channelFactory, tlsResumption);
    }

    public ImapClientConfig withSniHostName(String v) {
        return new ImapClientConfig(host, port, tlsMode, trust, v, connectTimeout, commandTimeout,
                tlsHandshakeTimeout, frameLimits, writerOptions, tagPrefix, transcriptLimitBytes, eventLoopGroup,
                channelFactory, tlsResumption);
    }

    public ImapClientConfig withConnectTimeout(Duration v) {
        return new ImapClientConfig(host, port, tlsMode, trust, sniHostName, v, commandTimeout,
                tlsHandshakeTimeout, frameLimits, writerOptions, tagPrefix, transcriptLimitBytes, eventLoopGroup,
                channelFactory, tlsResumption);
    }

    public ImapClientConfig withCommandTimeout(Duration v) {
        return new ImapClientConfig(host, port, tlsMode, trust, sniHostName, connectTimeout, v,
                tlsHandshakeTimeout, frameLimits, writerOptions, tagPrefix, transcriptLimitBytes, eventLoopGroup,
                channelFactory, tlsResumption);
    }

    public ImapClientConfig withTlsHandshakeTimeout(Duration v) {
        return new ImapClientConfig(host, port, tlsMode, trust, sniHostName, connectTimeout, commandTimeout,
                v, frameLimits, writerOptions, tagPrefix, transcriptLimitBytes, eventLoopGroup, channelFactory, tlsResumption);
    }

    public ImapClientConfig withFrameLimits(FrameLimits v) {
        return new ImapClientConfig(host, port, tlsMode, trust, sniHostName, connectTimeout, commandTimeout,
                tlsHandshakeTimeout, v, writerOptions, tagPrefix, transcriptLimitBytes, eventLoopGroup,
                channelFactory, tlsResumption);
    }

    public ImapClientConfig withWriterOptions(CommandWriter.Options v) {
        return new ImapClientConfig(host, port, tlsMode, trust, sniHostName, connectTimeout, commandTimeout,
                tlsHandshakeTimeout, frameLimits, v, tagPrefix, transcriptLimitBytes, eventLoopGroup,
                channelFactory, tlsResumption);
    }

    public ImapClientConfig withTagPrefix(String v) {
        return new ImapClientConfig(host, port, tlsMode, trust, sniHostName, connectTimeout, commandTimeout,
                tlsHandshakeTimeout, frameLimits, writerOptions, v, transcriptLimitBytes, eventLoopGroup,
                channelFactory, tlsResumption);
    }

    public ImapClientConfig withTranscriptLimitBytes(int v) {
        return new ImapClientConfig(host, port, tlsMode, trust, sniHostName, connectTimeout, commandTimeout,
                tlsHandshakeTimeout, frameLimits, writerOptions, tagPrefix, v, eventLoopGroup, channelFactory, tlsResumption);
    }

    /** Runs on the given loops; pass the matching channel factory unless they are NIO loops. */
    public ImapClientConfig withEventLoopGroup(EventLoopGroup group, ChannelFactory<? extends Channel> factory) {
        return new ImapClientConfig(host, port, tlsMode, trust, sniHostName, connectTimeout, commandTimeout,
                tlsHandshakeTimeout, frameLimits, writerOptions, tagPrefix, transcriptLimitBytes, group, factory, tlsResumption);
    }

    public ImapClientConfig withTlsResumption(boolean v) {
        return new ImapClientConfig(host, port, tlsMode, trust, sniHostName, connectTimeout, commandTimeout,
                tlsHandshakeTimeout, frameLimits, writerOptions, tagPrefix, transcriptLimitBytes, eventLoopGroup,
                channelFactory, v);
    }

    private static void requirePositive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + d);
        }
    }
}

/**
 * The server's configuration: {@link org.imapharness.server.config.ServerConfig} (a validated
 * record), built by {@link org.imapharness.server.config.ServerConfigBuilder} from defaults, a
 * {@code key = value} file ({@link org.imapharness.server.config.ConfigFile}) and flags. Every key
 * is documented in {@code reference-server/CONFIG.md}.
 *
 * <h2>From the CLI</h2>
 * <pre>{@code
 * ServerConfigBuilder b = ServerConfig.builder();
 * if (configFile != null) ConfigFile.apply(configFile, b);
 * for (each flag --KEY VALUE) b.set(KEY, VALUE);     // --user and --fault may repeat
 * ServerConfig config = b.build();                   // ConfigException: print getMessage(), exit 2
 * config.warnings().forEach(log::warn);
 * }</pre>
 * {@link org.imapharness.server.config.ConfigException} carries file, line and key; for flags the
 * file is null and the CLI can show the key as {@code --KEY}.
 *
 * <h2>For the sessions</h2>
 * {@code limits()} gives the per-connection bounds (line length and literal size for the frame
 * decoder, commands in flight, connections per user and address, idle and pre-auth timeouts,
 * buffered bytes); {@code allowPlaintextAuth()} decides LOGINDISABLED on the plain port;
 * {@code faults()} is the {@code FaultSet} to consult at each fault's one branch.
 */
package org.imapharness.server.config;

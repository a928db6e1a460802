/**
 * Accounts and login: users file, password hashes, TOTP second factor, app passwords, SASL PLAIN
 * decoding, and throttling of failed logins. The file format is in {@code reference-server/USERS.md}.
 *
 * <h2>Starting</h2>
 * <pre>{@code
 * Accounts accounts = Accounts.load(config.usersFile(), config.auth().usersFileOptions(),
 *         config.users(), config.auth().inlineHashCost());
 * Authenticator auth = new Authenticator(accounts, config.auth().toOptions(), config.faults(),
 *         Clock.systemUTC());                 // close() it at shutdown
 * }</pre>
 * {@code Accounts.load} throws {@link org.imapharness.server.auth.UsersFileException} (file and
 * line) or {@code IllegalArgumentException} (a name defined twice); report and exit.
 *
 * <h2>LOGIN (RFC 3501 §6.2.3)</h2>
 * Hashing takes milliseconds, so never call {@code authenticateNow} on an event loop. From the
 * channel's handler:
 * <pre>{@code
 * auth.authenticate(userid, passwordBytes, remoteAddress)      // passwordBytes is wiped afterwards
 *     .thenAccept(result -> ctx.executor().schedule(() -> answer(result),
 *             result.delay().toMillis(), TimeUnit.MILLISECONDS));
 * }</pre>
 * The future completes on an {@code imap-auth-N} thread; hop back to the channel's event loop
 * (the {@code schedule} above does) before touching session state. Answers:
 * <ul>
 *   <li>{@code SUCCESS}: {@code OK} (with a {@code [CAPABILITY ...]} code if you like); the
 *       authenticated name is {@link org.imapharness.server.auth.AuthResult#user()}.</li>
 *   <li>{@code FAILURE}: {@code NO [AUTHENTICATIONFAILED]} (RFC 5530) after {@code delay()}, the same
 *       text whatever was wrong (RFC 3501 §11.2: do not say why).</li>
 *   <li>{@code THROTTLED}: {@code NO [UNAVAILABLE]} after {@code delay()} (the time left in the
 *       lockout); the password was not checked.</li>
 * </ul>
 * Before TLS on the plain port, when {@code ServerConfig.allowPlaintextAuth()} is false, LOGIN
 * must not reach the authenticator at all: answer {@code NO [PRIVACYREQUIRED]} and advertise
 * {@code LOGINDISABLED} (fault {@code login-before-tls} breaks exactly this).
 *
 * <h2>AUTHENTICATE PLAIN (RFC 3501 §6.2.2, RFC 4616)</h2>
 * Send {@code + } (empty challenge) unless the client used SASL-IR, read one base64 line, then
 * {@link org.imapharness.server.auth.SaslPlain#decodeBase64(String)}. A
 * {@link org.imapharness.server.auth.SaslPlain.MalformedException} is answered {@code BAD} (a line
 * of {@code *} is a client cancel: {@code BAD} too, per §6.2.2). Otherwise call
 * {@code authenticate(credentials.authcid(), credentials.password(), remote)} as for LOGIN. The
 * same plaintext rule as LOGIN applies before TLS (and PLAIN is then not advertised, §11.2).
 *
 * <h2>What the answers never reveal</h2>
 * Whether a user exists: unknown names cost the same hash work (same count of derivations, with a
 * dummy hash of the file's typical cost; see {@code CredentialCheck})
 * and are throttled by the same counters. Comparisons are constant-time. Which factor was wrong.
 *
 * <h2>Faults</h2>
 * {@code no-throttle} is wired here: {@code Authenticator} ignores both throttle policies.
 */
package org.imapharness.server.auth;

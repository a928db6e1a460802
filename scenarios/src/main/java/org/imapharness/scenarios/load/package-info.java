/**
 * Load testing IMAP with Gatling (DESIGN.md §9): a thin Java DSL over the harness-core async
 * driver. {@link org.imapharness.scenarios.load.Imap} is the entry point (protocol builder,
 * request builders, checks).
 *
 * <h2>Decisions</h2>
 * <ul>
 *   <li><b>No Scala traits with {@code abstract override}.</b> Gatling has no stable custom-protocol
 *       API, and {@code ChainableAction}/{@code RequestAction} cannot be implemented from Java.
 *       {@link org.imapharness.scenarios.load.ImapAction} implements the plain {@code Action} and
 *       redoes their contract: block exits, crash to KO, one {@code logResponse} and one
 *       {@code next ! session} per request.</li>
 *   <li><b>Never block Gatling's threads.</b> Connections run on the virtual user's own Gatling
 *       event loop (with Gatling's socket type, epoll by default), and actions report from the
 *       driver's completion callbacks. Waits (IDLE's duration) are event-loop timers. Every wait
 *       has the driver's timeout, and a timeout is a KO with the driver's message.</li>
 *   <li><b>Phases timed apart.</b> A connect logs TCP, TLS handshake and greeting as three requests
 *       ({@link org.imapharness.scenarios.load.ConnectProbe}). LOGIN, SELECT and FETCH are requests
 *       of their own, so their percentiles never mix.</li>
 *   <li><b>IMAP text for commands.</b> FETCH items, STORE actions, SEARCH criteria and
 *       {@code command(..)} are written in RFC 3501 syntax and read by the strict command parser.
 *       A static text is parsed when the scenario is built.</li>
 *   <li><b>A second record for merging.</b> Responses also go to
 *       {@link org.imapharness.scenarios.load.LatencyLog}, because Gatling 3.15's logs cannot be
 *       merged across injectors (docs/scaling-out.md).</li>
 * </ul>
 */
package org.imapharness.scenarios.load;

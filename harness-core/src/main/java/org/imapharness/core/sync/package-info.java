/**
 * The multi-device sync checker (DESIGN.md §7, docs/sync.md). {@link org.imapharness.core.sync.SyncChecker}
 * runs simulated devices ({@link org.imapharness.core.sync.Behaviour}) on one account from a seed,
 * checks every response and every sync point against the rules in
 * {@link org.imapharness.core.sync.Rule}, measures IDLE push latency, shrinks a failure on the
 * bytes it drew and writes it as a replayable scenario ({@link org.imapharness.core.sync.ScenarioWriter}).
 *
 * <h2>Decisions</h2>
 * <ul>
 *   <li><b>Three views.</b> The model (kept from completed commands only), the server's truth (read
 *       afresh by the checker's own read-only connection) and each device's view (kept only from
 *       what the server told that device) are compared with each other; none is trusted alone.</li>
 *   <li><b>One action at a time.</b> The scheduler awaits every action before drawing the next, so a
 *       seed fixes the interleaving and a replay repeats it; concurrency comes from the server's
 *       pushes, which are awaited with a bounded wait.</li>
 *   <li><b>Blocks of bytes per step.</b> Each step draws from its own 32-byte block, so shrinking can
 *       delete whole actions before simplifying bytes.</li>
 *   <li><b>Stop at the first violation.</b> Later failures usually follow from the first; replays are
 *       then as short as the failure.</li>
 * </ul>
 */
package org.imapharness.core.sync;

/**
 * Runs scenarios: {@link org.imapharness.core.scenario.run.ScenarioRunner} is the entry.
 *
 * <h2>Decisions</h2>
 * <ul>
 *   <li><b>Its own raw connection.</b> Scenario lines are raw IMAP (malformed commands included),
 *       continuations ({@code DONE}, SASL answers) are lines of their own, and expectations need
 *       every response in arrival order, tagged or not. The client driver speaks in commands, so the
 *       interpreter uses a small Netty connection ({@code WireConnection}) with the same frame
 *       decoder, and a strict {@code ResponseParser}: no quirk is accepted.</li>
 *   <li><b>Sync points.</b> Untagged lines form a group matched in any order against what arrives
 *       before the group's completion, {@code +} or close; without one, the group ends when it is
 *       satisfied. Completions of other commands in flight wait for their own lines.</li>
 *   <li><b>Every wait is bounded</b> by the response timeout (connect, greeting, TLS, each block,
 *       each literal's {@code +}); a run always ends in a result, never a hang or an exception.</li>
 *   <li><b>FAILED vs ERRORED.</b> FAILED: the server's answers broke an expectation or the grammar.
 *       ERRORED: the harness could not run the scenario (no connection, login or fixture refused).</li>
 *   <li><b>Isolation.</b> Fresh mailboxes get unique names under the personal namespace and are
 *       deleted afterwards; passwords and SASL strings are masked in every transcript.</li>
 * </ul>
 */
package org.imapharness.core.scenario.run;

/**
 * Reads scenario files: {@link org.imapharness.core.scenario.text.ScenarioParser} is the entry.
 *
 * <h2>Decisions</h2>
 * <ul>
 *   <li><b>One pass, top to bottom.</b> Variables must be bound above their first use (mailbox
 *       variables anywhere in the header), so every {@code $name} is checked where it is written.</li>
 *   <li><b>Flow mistakes are syntax errors.</b> {@code FlowChecker} follows each connection, so a
 *       completion without a command, a command without a completion or an ambiguous {@code S: OK}
 *       is reported with its line and column before anything runs.</li>
 *   <li><b>Tags:</b> one rule per file ({@code tagging: auto | explicit}), so a word at the start
 *       of a client line is always, or never, a tag.</li>
 *   <li><b>Literals</b> are counted by the interpreter ({@code {"text"}}, {@code {}} with
 *       {@code |} lines), or counted by the author as in RFC 3501's examples ({@code {27}} followed
 *       by the data as further {@code C:} lines).</li>
 *   <li><b>Captures must be used.</b> An unused capture is an error, because it is almost always a
 *       keyword such as {@code $Forwarded} that should be written {@code $$Forwarded}.</li>
 * </ul>
 */
package org.imapharness.core.scenario.text;

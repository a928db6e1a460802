/**
 * The JUnit Platform engine {@code imap-scenarios}: discovers {@code .imap} scenario files (on the
 * classpath under {@code scenarios/}, in selected files and directories, and in the directories of
 * {@code imap.scenarios.dirs}), tags each with its RFC sections, levels and capabilities, and runs
 * it with {@link org.imapharness.core.scenario.run.ScenarioRunner} against the configured target.
 * Parse errors are failed tests whose message is {@code file:line:col: expected ..., found ...}.
 */
package org.imapharness.core.engine;

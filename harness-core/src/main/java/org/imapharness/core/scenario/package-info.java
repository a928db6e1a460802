/**
 * The scenario language's model and results: a {@link org.imapharness.core.scenario.Scenario}
 * is one {@code .imap} file (header, then {@code C:} / {@code S:} steps), and a
 * {@link org.imapharness.core.scenario.ScenarioResult} is what one run of it against one target
 * gave. The language is described in {@code docs/scenario-language.md}.
 *
 * <ul>
 *   <li>{@code scenario.text} parses files into this model, with located syntax errors;</li>
 *   <li>{@code scenario.match} matches expected lines against parsed responses;</li>
 *   <li>{@code scenario.run} runs scenarios against a {@code core.target.Target}.</li>
 * </ul>
 */
package org.imapharness.core.scenario;

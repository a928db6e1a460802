/**
 * The {@code embedded} target (a {@link org.imapharness.core.target.TargetProvider}): the bundled
 * reference server started in-process, so the suites run with nothing installed.
 */
package org.imapharness.scenarios.target;

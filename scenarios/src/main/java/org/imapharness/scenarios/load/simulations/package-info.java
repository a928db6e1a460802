/**
 * The built-in simulations: login storm, mixed client profile, bulk FETCH, IDLE fan-out. They are
 * configured with {@code -Dload.*} properties
 * ({@link org.imapharness.scenarios.load.simulations.LoadSettings}) and target the bundled server
 * in-process unless {@code load.target} names another.
 */
package org.imapharness.scenarios.load.simulations;

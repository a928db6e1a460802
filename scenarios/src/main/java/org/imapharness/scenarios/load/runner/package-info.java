/**
 * Running a simulation programmatically ({@link org.imapharness.scenarios.load.runner.LoadRunner}),
 * reading Gatling 3.15's report back ({@link org.imapharness.scenarios.load.runner.GatlingReport}),
 * the generator self-check ({@link org.imapharness.scenarios.load.runner.GeneratorMonitor}) and
 * merging several injectors ({@link org.imapharness.scenarios.load.runner.LatencyFile}).
 */
package org.imapharness.scenarios.load.runner;

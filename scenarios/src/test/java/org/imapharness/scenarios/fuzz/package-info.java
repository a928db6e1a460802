/**
 * In-process, coverage-guided fuzzing with Jazzer (DESIGN.md §8; recipes in JAZZER.md), one
 * {@code @FuzzTest} per class because only one fuzzes per JVM:
 * <ul>
 *   <li>{@link org.imapharness.scenarios.fuzz.FrameDecoderFuzzTest}: the frame decoder, both modes;</li>
 *   <li>{@link org.imapharness.scenarios.fuzz.ResponseParserFuzzTest} and
 *       {@link org.imapharness.scenarios.fuzz.CommandParserFuzzTest}: parse, write, parse again;</li>
 *   <li>{@link org.imapharness.scenarios.fuzz.ModifiedUtf7FuzzTest}: mailbox name encoding;</li>
 *   <li>{@link org.imapharness.scenarios.fuzz.MessageContentFuzzTest}: the reference server's
 *       message layer (what APPEND parses, what FETCH sends);</li>
 *   <li>{@link org.imapharness.scenarios.fuzz.ServerPipelineFuzzTest}: the whole reference server,
 *       raw client bytes over loopback.</li>
 * </ul>
 * Every test takes {@code byte[]}, so stored inputs are raw IMAP (or a raw message) that other
 * tools can replay.
 *
 * <h2>Regression mode (every {@code mvn verify})</h2>
 * Each test replays its seeds and every crash found, from
 * {@code src/test/resources/org/imapharness/scenarios/fuzz/<Class>Inputs/<method>/}: {@code seed-*}
 * files are hand-written valid (and deliberately invalid) inputs, {@code crash-<bug-name>} files
 * are findings kept after their fix.
 *
 * <h2>Fuzzing mode</h2>
 * After {@code mvn install -DskipTests -pl scenarios -am}, run
 * {@code mvn -Pfuzz test -pl scenarios -Dtest=ServerPipelineFuzzTest -Dfuzz.duration=90s} (one class,
 * or leave out {@code -Dtest} to fuzz each class in turn, one JVM each). A finding is written as
 * {@code <Class>Inputs/<method>/crash-<sha1>} (or {@code timeout-<sha1>}, and then Surefire reports a
 * forked VM that terminated, JAZZER.md §4); minimize it by hand, fix the bug, add a unit test in
 * the owning module, and rename the file after the bug. Inputs that found new coverage collect in
 * {@code scenarios/.cifuzz-corpus/}, which is not committed. Run {@code mvn clean} after deleting a
 * crash file: a stale copy in {@code target/test-classes} keeps failing.
 */
package org.imapharness.scenarios.fuzz;

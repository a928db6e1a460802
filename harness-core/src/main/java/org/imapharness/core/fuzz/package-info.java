/**
 * Network fuzzing of any IMAP server (DESIGN.md §8, docs/fuzzing.md): generators of valid-but-unusual
 * and near-valid commands over RFC 3501 §9 and the advertised extensions, with ABNF rule coverage;
 * a raw-wire runner that holds every answer to the rules in {@link org.imapharness.core.fuzz.Finding.Kind};
 * equivalence checks; shrinking of failures over their choice bytes and replay scenarios.
 * Entry point: {@link org.imapharness.core.fuzz.NetworkFuzzer}.
 */
package org.imapharness.core.fuzz;

/**
 * Generators and shrinking shared by the sync checker and the network fuzzer (DESIGN.md §8):
 * every decision comes from {@link org.imapharness.core.gen.Choices}, a seeded random stream or
 * given bytes, so a run is reproduced from its seed or bytes and shrunk by
 * {@link org.imapharness.core.gen.Shrinker} on the bytes alone.
 */
package org.imapharness.core.gen;

package org.imapharness.protocol.frame;

/**
 * What {@link FrameAccumulator} reports while splitting a byte stream: a complete frame, a
 * synchronizing literal waiting for the server's continuation, or a limit violation.
 * Sealed so that consumers can switch over all three without a default branch.
 */
public sealed interface FrameEvent permits Frame, LiteralAnnounced, FrameError {
}

/**
 * Matching expected lines against parsed responses, never against response text.
 * {@link org.imapharness.core.scenario.match.ResponseTree} turns a parsed
 * {@code protocol.response.Response} into {@link org.imapharness.core.scenario.match.Value}s that
 * know what IMAP says about them (case-insensitive atoms, INBOX, unordered flag lists, FETCH items
 * as name/value pairs); {@link org.imapharness.core.scenario.match.ResponseMatcher} matches one line,
 * {@link org.imapharness.core.scenario.match.GroupMatcher} a group of untagged lines in any order.
 * Matching backtracks, because a capture made by one pairing decides whether the next matches.
 */
package org.imapharness.core.scenario.match;

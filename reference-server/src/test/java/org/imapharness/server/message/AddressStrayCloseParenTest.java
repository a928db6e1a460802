package org.imapharness.server.message;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.imapharness.protocol.model.Address;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Found by the pipeline fuzzer (scenarios {@code crash-address-stray-close-paren-oom}): a {@code )}
 * that closes no comment made the tokenizer emit empty atoms forever without advancing, so one
 * APPENDed message with {@code From: a@b )} filled the heap inside the store's write lock.
 */
@Timeout(value = 5, unit = SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class AddressStrayCloseParenTest {

    @Test
    void strayCloseParenIsDropped() {
        assertEquals(List.of(new Address("Ann", null, "ann", "example.org")),
                AddressParser.parse("Ann <ann@example.org> )"));
        assertEquals(List.of(new Address(null, null, "a", "b")), AddressParser.parse(")a@b"));
        assertEquals(List.of(), AddressParser.parse(")))"));
    }

    @Test
    void strayCloseParenAfterCommentIsDropped() {
        assertEquals(List.of(new Address("x", null, "a", "b")), AddressParser.parse("a@b (x))"));
    }

    @Test
    void messageWithStrayCloseParenParses() {
        MessageContent m = MessageContent.parse("From: a@b )\r\n\r\nbody\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals(List.of(new Address(null, null, "a", "b")), m.envelope().from());
    }
}

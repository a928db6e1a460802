package org.imapharness.protocol.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Hostile input: mutated and adversarial frames give a result, never an exception or a hang. */
class CommandParserRobustnessTest {
    private static final byte[] INTERESTING = " ()[]<>{}\"\\*%+-.:,~=\r\n0123456789NILABCabc\u0000\u00ff".getBytes(
            StandardCharsets.ISO_8859_1);

    private final CommandParser parser = new CommandParser();

    @Test
    void mutatedFramesNeverThrow() {
        Random random = new Random(42);
        CommandWriter writer = new CommandWriter(CommandWriter.Options.DEFAULTS.withLiterals(LiteralMode.LITERAL_PLUS));
        int errors = 0;
        for (int i = 0; i < 10_000; i++) {
            byte[] frame = mutate(writer.encode(new CommandGenerator(i).next()).joined(), random);
            ParsedCommand parsed = parser.parse(frame);
            assertNotNull(parsed);
            if (parsed instanceof ParsedCommand.Error e) {
                errors++;
                assertFalse(e.cause().found().startsWith("a value the model refuses"),
                        () -> "grammar let through what the model refuses: " + e.cause().getMessage());
                assertFalse(e.cause().offset() < 0 || e.cause().offset() > frame.length, e.cause()::getMessage);
            }
        }
        assertFalse(errors == 0, "mutations should break most frames");
    }

    @Test
    void deepNestingIsRefusedQuickly() {
        String[] shapes = {"NOT ", "(", "OR ALL ", "OR (", "NOT ("};
        for (String shape : shapes) {
            byte[] frame = ("a SEARCH " + shape.repeat(20_000) + "ALL\r\n").getBytes(StandardCharsets.US_ASCII);
            ParsedCommand.Error error = assertTimeoutPreemptively(Duration.ofSeconds(5),
                    () -> assertInstanceOf(ParsedCommand.Error.class, parser.parse(frame)));
            assertEquals("search-key", error.cause().rule(), shape);
        }
    }

    @Test
    void hugeNumbersAndLongRunsAreBounded() {
        String[] frames = {
            "a FETCH " + "9".repeat(100_000) + " FLAGS\r\n",
            "a FETCH 1:" + "1,".repeat(50_000) + "2 FLAGS\r\n",
            "a LOGIN {" + "9".repeat(40) + "}\r\nx\r\n",
            "a SEARCH MODSEQ " + "0".repeat(100_000) + "\r\n",
            "a LOGIN \"" + "\\\\".repeat(50_000) + "\" x\r\n",
        };
        for (String text : frames) {
            byte[] frame = text.getBytes(StandardCharsets.US_ASCII);
            assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertNotNull(parser.parse(frame)));
        }
    }

    private static byte[] mutate(byte[] frame, Random random) {
        byte[] out = frame.clone();
        switch (random.nextInt(4)) {
            case 0 -> out[random.nextInt(out.length)] = INTERESTING[random.nextInt(INTERESTING.length)];
            case 1 -> out = Arrays.copyOf(out, random.nextInt(out.length));
            case 2 -> {
                int at = random.nextInt(out.length + 1);
                byte[] grown = new byte[out.length + 1];
                System.arraycopy(out, 0, grown, 0, at);
                grown[at] = INTERESTING[random.nextInt(INTERESTING.length)];
                System.arraycopy(out, at, grown, at + 1, out.length - at);
                out = grown;
            }
            default -> {
                int at = random.nextInt(out.length);
                out = concat(Arrays.copyOf(out, at), Arrays.copyOfRange(out, Math.min(out.length, at + 1), out.length));
            }
        }
        return out;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}

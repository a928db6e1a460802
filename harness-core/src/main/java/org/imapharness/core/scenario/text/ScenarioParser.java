package org.imapharness.core.scenario.text;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.imapharness.core.scenario.Scenario;
import org.imapharness.core.scenario.ScenarioHeader;
import org.imapharness.core.scenario.ScenarioSyntaxException;
import org.imapharness.core.scenario.Step;
import org.imapharness.core.scenario.Template;

/**
 * Reads scenario files (UTF-8, one scenario each; the language is described in
 * {@code docs/scenario-language.md}). The file is read top to bottom once: header lines, then
 * body lines; blank lines and lines starting with {@code #} are skipped everywhere, and the
 * {@code |} lines of a block literal belong to the line above them. Any mistake is a
 * {@link ScenarioSyntaxException} naming file, line, column, what was expected and what was found.
 */
public final class ScenarioParser {
    private ScenarioParser() {
    }

    /** A scenario file; message files it names are read relative to it. */
    public static Scenario parse(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Path dir = file.toAbsolutePath().getParent();
        return parse(file.getFileName().toString(), text, ResourceResolver.directory(dir));
    }

    /** A scenario resource, e.g. from the classpath; message files are read relative to it. */
    public static Scenario parse(URL resource) throws IOException {
        String text;
        try (InputStream in = resource.openStream()) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String path = resource.getPath();
        return parse(path.substring(path.lastIndexOf('/') + 1), text, ResourceResolver.relativeTo(resource));
    }

    /** A scenario given as text; {@code append:} lines can then only use {@code {}} or {@code {"..."}}. */
    public static Scenario parse(String file, String text) {
        return parse(file, text, ResourceResolver.none());
    }

    public static Scenario parse(String file, String text, ResourceResolver resolver) {
        List<String> lines = Arrays.asList(text.split("\r?\n", -1));
        Scope scope = new Scope();
        HeaderParser header = new HeaderParser(scope, resolver);
        ScenarioHeader finished = null;
        BodyParser body = null;
        int i = 0;
        while (i < lines.size()) {
            String raw = lines.get(i);
            Cursor c = new Cursor(file, i + 1, raw, 0);
            int blockEnd = i + 1;
            while (blockEnd < lines.size() && isBlockLine(lines.get(blockEnd))) {
                blockEnd++;
            }
            if (raw.isBlank() || raw.strip().startsWith("#")) {
                i++;
                continue;
            }
            if (isBlockLine(raw)) {
                throw c.errorAt(raw.indexOf('|'), "a line with a {} literal right above these | lines", "\"|\"");
            }
            Block block = new Block(file, lines, i + 1, blockEnd);
            LineHead head = LineHead.read(c);
            if (BodyParser.KEYS.contains(head.key())) {
                if (body == null) {
                    finished = header.finish(c);
                    body = new BodyParser(scope, header.tagging(), header.connections());
                }
                body.line(c, head, block);
            } else if (HeaderParser.KEYS.contains(head.key())) {
                if (body != null) {
                    throw c.errorAt(head.keyPos(), "C:, S:, S?: or check: (header lines come before the first "
                            + "of those)", "\"" + head.key() + ":\"");
                }
                header.line(c, head, block);
            } else {
                throw c.errorAt(head.keyPos(), "C:, S:, S?:, check: or a header (" + String.join(", ",
                        new java.util.TreeSet<>(HeaderParser.KEYS)) + ")", "\"" + head.key() + ":\"");
            }
            block.requireTaken();
            i = blockEnd;
        }
        if (body == null) {
            throw new Cursor(file, lines.size(), lines.get(lines.size() - 1), 0)
                    .errorAt(0, "at least one C: or S: line", "the end of the file");
        }
        List<Step> steps = body.finish();
        scope.checkCapturesUsed(file, lines);
        return new Scenario(file, finished, steps, scope.builtinsUsed());
    }

    static boolean isBlockLine(String line) {
        return line.stripLeading().startsWith("|");
    }

    /** The {@code |} lines below one scenario line; each becomes a line of data ending in CRLF. */
    private static final class Block implements Literals.BlockSource {
        private final String file;
        private final List<String> lines;
        private final int from;
        private final int to;
        private boolean taken;

        Block(String file, List<String> lines, int from, int to) {
            this.file = file;
            this.lines = lines;
            this.from = from;
            this.to = to;
        }

        @Override
        public Template take(Cursor c, int markerPos) {
            if (taken) {
                throw c.errorAt(markerPos, "one {} block literal per line (use {\"text\"} for the others)");
            }
            if (from == to) {
                String next = from < lines.size() ? "\"" + lines.get(from).strip() + "\" on line " + (from + 1)
                        : "the end of the file";
                throw c.errorAt(markerPos, "lines starting with | right below, holding the literal's data", next);
            }
            taken = true;
            StringBuilder data = new StringBuilder();
            for (int k = from; k < to; k++) {
                String l = lines.get(k).stripLeading().substring(1);
                data.append(l.startsWith(" ") ? l.substring(1) : l).append("\r\n");
            }
            return Template.of(data.toString());
        }

        void requireTaken() {
            if (from < to && !taken) {
                String l = lines.get(from);
                throw new Cursor(file, from + 1, l, 0).errorAt(l.indexOf('|'),
                        "a {} block literal on the line above that these | lines belong to", "\"|\"");
            }
        }
    }
}

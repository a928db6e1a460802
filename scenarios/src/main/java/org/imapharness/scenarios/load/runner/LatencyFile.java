package org.imapharness.scenarios.load.runner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.DataFormatException;
import org.HdrHistogram.Histogram;
import org.imapharness.scenarios.load.LatencyLog;

/**
 * {@code imap-latencies.tsv}: one line per request name with its KO count, time span and the
 * compressed HdrHistogram of its OK response times. Several injectors' files merge exactly
 * (histograms add), which Gatling 3.15's own {@code simulation.log} does not allow.
 */
public final class LatencyFile {
    public static final String NAME = "imap-latencies.tsv";
    private static final String HEADER = "# request\tko\tfirstStartMillis\tlastEndMillis\thdrHistogramBase64";
    private static final String ALL = "All Requests";

    private LatencyFile() {
    }

    /** A request's merged figures. */
    record Merged(Histogram ok, long ko, long firstStart, long lastEnd) {
        Merged plus(Merged o) {
            Histogram sum = ok.copy();
            sum.add(o.ok);
            return new Merged(sum, ko + o.ko, Math.min(firstStart, o.firstStart), Math.max(lastEnd, o.lastEnd));
        }
    }

    static void write(Path file, Map<String, LatencyLog.Entry> entries) {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        entries.forEach((name, e) -> {
            Histogram h = e.ok().copy();
            ByteBuffer buf = ByteBuffer.allocate(h.getNeededByteBufferCapacity());
            int n = h.encodeIntoCompressedByteBuffer(buf);
            lines.add(name.replace('\t', ' ') + "\t" + e.ko() + "\t" + e.firstStartMillis() + "\t"
                    + e.lastEndMillis() + "\t" + Base64.getEncoder().encodeToString(
                            java.util.Arrays.copyOf(buf.array(), n)));
        });
        try {
            Files.write(file, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    static Map<String, Merged> read(Path file) {
        Map<String, Merged> out = new LinkedHashMap<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length != 5) {
                throw new IllegalArgumentException(file + " line " + (i + 1) + ": expected 5 tab-separated fields, found "
                        + f.length);
            }
            try {
                Histogram h = Histogram.decodeFromCompressedByteBuffer(
                        ByteBuffer.wrap(Base64.getDecoder().decode(f[4])), 0);
                out.put(f[0], new Merged(h, Long.parseLong(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3])));
            } catch (DataFormatException | IllegalArgumentException e) {
                throw new IllegalArgumentException(file + " line " + (i + 1) + ": bad histogram: " + e.getMessage(), e);
            }
        }
        return out;
    }

    /** Adds up the files (one per injector) into rows like Gatling's, "All Requests" first. */
    public static List<RequestStats> merge(List<Path> files) {
        Map<String, Merged> merged = new LinkedHashMap<>();
        for (Path f : files) {
            read(f).forEach((name, m) -> merged.merge(name, m, Merged::plus));
        }
        if (merged.isEmpty()) {
            throw new IllegalArgumentException("no request recorded in " + files);
        }
        Merged all = merged.values().stream().reduce(Merged::plus).orElseThrow();
        List<RequestStats> rows = new ArrayList<>();
        // Rates over the whole run's span, as Gatling's Cnt/s is.
        rows.add(stats(ALL, all, all));
        merged.forEach((name, m) -> rows.add(stats(name, m, all)));
        return rows;
    }

    private static RequestStats stats(String name, Merged m, Merged run) {
        Histogram h = m.ok();
        long ok = h.getTotalCount();
        double seconds = Math.max(0.001, (run.lastEnd() - run.firstStart()) / 1000.0);
        return new RequestStats(name, ok + m.ko(), ok, m.ko(), (ok + m.ko()) / seconds, ok == 0 ? 0 : h.getMinValue(),
                h.getValueAtPercentile(50), h.getValueAtPercentile(75), h.getValueAtPercentile(95),
                h.getValueAtPercentile(99), h.getMaxValue(), Math.round(h.getMean()));
    }
}

package org.imapharness.scenarios.load.runner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the statistics table of a Gatling 3.15 report. That version no longer writes
 * {@code js/stats.json} and its {@code simulation.log} is a private binary format, so the report's
 * {@code index.html} (one {@code <tr>} per request, cells {@code col-2} to {@code col-14}: total,
 * OK, KO, % KO, Cnt/s, min, 50th, 75th, 95th, 99th, max, mean, std dev) is the stable public
 * form of Gatling's own numbers. Tied to the pinned version; a layout change fails loudly.
 */
public final class GatlingReport {
    private static final Pattern ROW = Pattern.compile("<tr id=\"([^\"]+)\"[^>]*>(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern NAME = Pattern.compile("class=\"ellipsed-name\">(.*?)</span>", Pattern.DOTALL);
    private static final Pattern CELL = Pattern.compile("<td class=\"value [a-z]+ col-(\\d+)\">([^<]*)</td>");
    private static final int FIRST_COLUMN = 2;
    private static final int LAST_COLUMN = 14;

    private GatlingReport() {
    }

    /** The rows of {@code runDir/index.html}; the first is Gatling's "All Requests". */
    public static List<RequestStats> read(Path runDir) {
        Path index = runDir.resolve("index.html");
        String html;
        try {
            html = Files.readString(index);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read Gatling's report " + index + ": " + e.getMessage(), e);
        }
        List<RequestStats> rows = new ArrayList<>();
        Matcher row = ROW.matcher(html);
        while (row.find()) {
            Matcher name = NAME.matcher(row.group(2));
            if (!name.find()) {
                continue;
            }
            rows.add(parseRow(unescape(name.group(1).trim()), row.group(2), index));
        }
        if (rows.isEmpty()) {
            throw new IllegalStateException("no statistics rows in " + index
                    + ": not a Gatling 3.15 report (or the run logged no request)");
        }
        return rows;
    }

    private static RequestStats parseRow(String name, String cells, Path index) {
        String[] values = new String[LAST_COLUMN + 1];
        Matcher cell = CELL.matcher(cells);
        while (cell.find()) {
            int column = Integer.parseInt(cell.group(1));
            if (column <= LAST_COLUMN) {
                values[column] = cell.group(2).trim();
            }
        }
        for (int c = FIRST_COLUMN; c <= LAST_COLUMN; c++) {
            if (values[c] == null) {
                throw new IllegalStateException("row '" + name + "' of " + index + " has no column " + c
                        + ": the report layout is not Gatling 3.15's");
            }
        }
        return new RequestStats(name, number(values[2]), number(values[3]), number(values[4]), decimal(values[6]),
                number(values[7]), number(values[8]), number(values[9]), number(values[10]), number(values[11]),
                number(values[12]), number(values[13]));
    }

    /** Gatling writes "-" where a request had no sample (e.g. percentiles of an all-KO row). */
    private static long number(String v) {
        return v.isEmpty() || v.equals("-") ? 0 : Math.round(Double.parseDouble(v.replace(",", "")));
    }

    private static double decimal(String v) {
        return v.isEmpty() || v.equals("-") ? 0 : Double.parseDouble(v.replace(",", ""));
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&#x27;", "'").replace("&amp;", "&");
    }
}

package org.imapharness.scenarios.load.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GatlingReportTest {

    /** A row as Gatling 3.15.1 writes it in index.html. */
    private static String row(String id, String name, String... values) {
        StringBuilder sb = new StringBuilder("<tr id=\"" + id + "\" data-parent=\"ROOT\">\n  <td class=\"total col-1\">"
                + "<span onmouseover=\"isEllipsed('x')\" id=\"stats-table-x\" class=\"ellipsed-name\">" + name
                + "</span></td>\n");
        for (int i = 0; i < values.length; i++) {
            String kind = i >= 1 && i <= 3 ? (i == 1 ? "ok" : "ko") : "total";
            sb.append("  <td class=\"value ").append(kind).append(" col-").append(i + 2).append("\">")
                    .append(values[i]).append("</td>\n");
        }
        return sb.append("</tr>").toString();
    }

    @Test
    void readsGatlingsStatisticsTable(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("index.html"), "<table><tr><th>x</th></tr>"
                + row("ROOT", "All Requests", "74", "72", "2", "2.7", "37.5", "1", "6", "13", "112", "143", "150", "17", "31")
                + row("req_a", "fetch &amp; store &lt;big&gt;", "10", "10", "0", "0", "5", "2", "3", "4", "8", "9", "9", "4", "1")
                + "</table>");
        List<RequestStats> rows = GatlingReport.read(dir);
        assertEquals(2, rows.size());
        assertEquals(new RequestStats("All Requests", 74, 72, 2, 37.5, 1, 6, 13, 112, 143, 150, 17), rows.get(0));
        assertEquals("fetch & store <big>", rows.get(1).name());
        assertEquals(9, rows.get(1).p99());
    }

    @Test
    void anotherLayoutFailsLoudly(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("index.html"), "<html>no table</html>");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> GatlingReport.read(dir));
        assertTrue(e.getMessage().contains("not a Gatling 3.15 report"), e.getMessage());
    }
}

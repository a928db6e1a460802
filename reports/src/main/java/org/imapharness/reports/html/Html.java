package org.imapharness.reports.html;

/**
 * Escaping for text and attribute values. Everything that comes from a run (names, server
 * responses, transcripts) goes through here: a server or a mailbox may be named {@code <script>}.
 */
final class Html {
    private Html() {
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** A link whose target is an http(s) URL or a relative path; anything else (javascript:) is shown as text. */
    static String link(String href, String text) {
        boolean safe = href.startsWith("https://") || href.startsWith("http://")
                || !href.contains(":") && !href.startsWith("//");
        return safe ? "<a href=\"" + escape(href) + "\">" + escape(text) + "</a>" : escape(text);
    }

    /** A stable, attribute-safe anchor name for an id. */
    static String anchor(String id) {
        return "c" + Integer.toHexString(id.hashCode());
    }
}

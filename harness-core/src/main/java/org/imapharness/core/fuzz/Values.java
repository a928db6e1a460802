package org.imapharness.core.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Argument values of RFC 3501 §9 that many commands share: odd strings, mailbox names, flags,
 * dates and sequence sets. Unusual but valid values are favoured: empty strings, quoted
 * specials, 8-bit and CRLF (literal only), long values, huge and reversed ranges.
 */
final class Values {
    private static final String ATOM_CHARS = "!#$&'+,-.0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ^_`abcdefghijklmnopqrstuvwxyz|}~";
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec"};
    private static final String[] SYSTEM_FLAGS = {"\\Seen", "\\Answered", "\\Flagged", "\\Deleted", "\\Draft"};

    private Values() {
    }

    /** A string value of a drawn kind; {@link Draw#str} then picks a form that can carry it. */
    static byte[] odd(Draw d) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int kind = d.c.below(9);
        int length = kind == 7 ? d.c.between(100, 3000) : d.c.between(1, 12);
        for (int i = 0; i < length && kind != 4; i++) {
            out.write(switch (kind) {
                case 0 -> 'a' + d.c.below(26);
                case 1, 7 -> ATOM_CHARS.charAt(d.c.below(ATOM_CHARS.length()));
                case 2 -> "\"\\x ".charAt(d.c.below(4));
                case 3 -> "(){%* ]x".charAt(d.c.below(8));
                case 5 -> d.c.percent(50) ? 0x80 + d.c.below(128) : 'u';
                case 6 -> "\r\nl\t".charAt(d.c.below(4));
                default -> 0x01 + d.c.below(0x7e);
            });
        }
        return out.toByteArray();
    }

    /** {@code mailbox}: INBOX in any case, the run's mailbox, one of the run's own or an odd name. */
    static byte[] mailbox(Draw d) {
        d.rule("mailbox");
        return switch (d.c.below(6)) {
            case 0 -> bytes(d.traits.workMailbox());
            case 1 -> bytes(d.c.oneOf("INBOX", "inbox", "InBox"));
            case 2, 3 -> created(d);
            case 4 -> bytes(d.traits.workMailbox() + d.c.oneOf("/x", ".x", "x"));
            default -> odd(d);
        };
    }

    /** A name under the run's prefix, the only names CREATE, RENAME and DELETE may touch. */
    static byte[] created(Draw d) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(bytes(d.traits.createPrefix()));
        if (d.c.percent(50)) {
            out.writeBytes(bytes(String.valueOf(d.c.below(4))));
        } else {
            byte[] suffix = odd(d);
            out.write(suffix, 0, Math.min(suffix.length, 40));
        }
        return out.toByteArray();
    }

    /** {@code flag}: system flags, keywords and flag extensions. */
    static void flag(Draw d) {
        d.rule("flag");
        switch (d.c.below(4)) {
            case 0, 1 -> d.kw(d.c.oneOf(SYSTEM_FLAGS));
            case 2 -> d.rule("flag-keyword").text(d.c.oneOf("$Forwarded", "$Junk", "fz", "fz" + d.c.below(9),
                    "Y~'!" + d.c.below(9)));
            default -> d.rule("flag-extension").text("\\Fz" + d.c.below(3));
        }
    }

    /** {@code flag-list}: parenthesised, possibly empty. */
    static void flagList(Draw d) {
        d.rule("flag-list").text("(");
        int n = 0;
        while (n < 6 && d.c.more(2)) {
            if (n++ > 0) {
                d.sp();
            }
            flag(d);
        }
        d.text(")");
    }

    /** {@code date}: {@code date-text} bare or in quotes. */
    static void date(Draw d) {
        d.rule("date");
        int month = d.c.below(12);
        int year = d.c.between(1900, 2100);
        // The ABNF allows 31-Feb; a calendar date keeps the command valid for servers that check.
        String text = d.c.between(1, java.time.YearMonth.of(year, month + 1).lengthOfMonth()) + "-" + MONTHS[month]
                + "-" + year;
        d.text(d.c.percent(50) ? "\"" + text + "\"" : text);
    }

    /** {@code date-time}: {@code "dd-Mon-yyyy hh:mm:ss +zzzz"} with a space-padded or two-digit day. */
    static void dateTime(Draw d) {
        d.rule("date-time");
        int month = d.c.below(12);
        int year = d.c.between(1970, 2100);
        int day = d.c.between(1, java.time.YearMonth.of(year, month + 1).lengthOfMonth());
        String dd = day < 10 && d.c.percent(50) ? " " + day : String.format("%02d", day);
        d.text(String.format("\"%s-%s-%04d %02d:%02d:%02d %s%02d%02d\"", dd, MONTHS[month],
                year, d.c.below(24), d.c.below(60), d.c.below(60),
                d.c.percent(50) ? "+" : "-", d.c.below(15), d.c.oneOf(0, 30, 45)));
    }

    /** {@code sequence-set}: numbers, {@code *}, ranges either way round, long lists, 32-bit extremes. */
    static String sequenceSet(Draw d) {
        d.rule("sequence-set").rule("seq-number");
        StringBuilder b = new StringBuilder();
        int kind = d.c.below(6);
        int most = kind == 4 ? 600 : kind == 3 ? 6 : 1;
        int average = kind == 4 ? 300 : 3;
        // Each further item asks more(): zeroed or deleted choice bytes end the list, so a long set shrinks.
        for (int i = 0; i < most && (i == 0 || d.c.more(average)); i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append(seqNumber(d, kind));
            if (kind == 2 || (kind >= 3 && d.c.percent(40))) {
                d.rule("seq-range");
                b.append(':').append(seqNumber(d, kind));
            }
        }
        return b.toString();
    }

    private static String seqNumber(Draw d, int kind) {
        if (d.c.percent(kind == 1 ? 90 : 10)) {
            return "*";
        }
        d.rule("nz-number");
        return kind == 5 ? String.valueOf(4294967295L - d.c.below(3)) : String.valueOf(d.c.between(1, 40));
    }

    /** {@code header-fld-name}: an astring, in any form. */
    static void headerName(Draw d) {
        d.rule("header-fld-name");
        d.str(d.c.percent(70) ? bytes(d.c.oneOf("From", "Subject", "To", "Date", "Message-ID", "X-Fz")) : odd(d),
                Part.Slot.ASTRING);
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}

package org.imapharness.core.fuzz;

import org.imapharness.core.gen.Choices;

/**
 * Valid-but-unusual commands over RFC 3501 §9 and the extensions the target advertises, one
 * family per draw. Commands that may create, rename or delete mailboxes only name mailboxes
 * under the run's prefix ({@link TargetTraits#createPrefix()}); COPY and MOVE never target the
 * run's own mailbox, so it cannot double in size.
 */
public final class CommandGenerator {
    private final TargetTraits traits;
    private final RuleCoverage rules;

    public CommandGenerator(TargetTraits traits, RuleCoverage rules) {
        this.traits = traits;
        this.rules = rules;
    }

    /** The same generator marking rules nowhere: for replays, which must not count as coverage. */
    CommandGenerator quiet() {
        return new CommandGenerator(traits, new RuleCoverage());
    }

    /**
     * One command. {@code selected} says whether a mailbox is selected now (selected-state
     * commands are then likelier); {@code workFull} stops APPENDs to the run's mailbox.
     */
    public WireCommand generate(Choices c, String tag, boolean selected, boolean workFull) {
        Draw d = new Draw(c, traits, rules);
        d.rule("tag");
        int pick = c.below(100);
        String family = selected && pick < 55 ? SelectedFamilies.generate(d)
                : !selected && pick < 15 ? select(d, true)
                : pick < 85 ? authenticated(d, workFull)
                : any(d);
        boolean readOnly = switch (family) {
            case "CAPABILITY", "NOOP", "ID", "NAMESPACE", "LIST", "LSUB", "STATUS", "EXAMINE", "CHECK", "FETCH",
                    "UID FETCH", "SEARCH", "UID SEARCH", "X" -> true;
            default -> false;
        };
        return new WireCommand(tag, d.parts(), family, readOnly, null);
    }

    private String any(Draw d) {
        switch (d.c.below(9)) {
            case 0 -> d.rule("capability").kw("CAPABILITY");
            case 1 -> {
                if (d.c.percent(10)) {
                    d.rule("logout").kw("LOGOUT");
                    return "LOGOUT";
                }
                d.rule("noop").kw("NOOP");
                return "NOOP";
            }
            case 2 -> {
                d.rule("login").kw("LOGIN").sp().strOf(() -> Values.odd(d), Part.Slot.ASTRING).sp()
                        .strOf(() -> Values.odd(d), Part.Slot.ASTRING);
                return "LOGIN";
            }
            case 3 -> {
                d.rule("authenticate").rule("auth-type").kw("AUTHENTICATE").sp().kw(d.c.oneOf("PLAIN", "LOGIN", "FZ"));
                return "AUTHENTICATE";
            }
            case 4 -> {
                if (traits.has("ID")) {
                    id(d);
                    return "ID";
                }
            }
            case 5 -> {
                if (traits.has("NAMESPACE")) {
                    d.rule("rfc2342-namespace").kw("NAMESPACE");
                    return "NAMESPACE";
                }
            }
            case 6 -> {
                if (traits.has("ENABLE")) {
                    // Never UTF8=ACCEPT: it changes the response grammar the checks hold the server to.
                    d.rule("rfc5161-enable").kw("ENABLE").sp().kw(d.c.oneOf("CONDSTORE", "QRESYNC", "FZ-NONE"));
                    return "ENABLE";
                }
            }
            default -> { }
        }
        if (d.parts().isEmpty()) {
            d.rule("x-command").kw(d.c.oneOf("XFZ", "X-FZ", "FZ")).text(d.c.percent(50) ? " 1" : "");
            return "X";
        }
        return "CAPABILITY";
    }

    /** RFC 2971: {@code ID NIL} or a list of string / nstring pairs. */
    private void id(Draw d) {
        d.rule("rfc2971-id").kw("ID").sp();
        if (d.c.percent(30)) {
            d.text("NIL");
            return;
        }
        d.text("(");
        int n = 0;
        java.util.Set<String> fields = new java.util.HashSet<>();
        while (n < 4 && d.c.more(2)) {
            if (n++ > 0) {
                d.sp();
            }
            byte[] field = d.c.percent(60) ? Values.bytes(d.c.oneOf("name", "version", "vendor")) : Values.odd(d);
            String key = new String(field, java.nio.charset.StandardCharsets.ISO_8859_1).toLowerCase(java.util.Locale.ROOT);
            if (!fields.add(key)) { // each field at most once (RFC 2971 §3.3)
                field = Values.bytes("x-fz-" + n);
                fields.add("x-fz-" + n);
            }
            d.str(field, Part.Slot.STRING).sp();
            if (d.c.percent(20)) {
                d.text("NIL");
            } else {
                d.rule("nstring").strOf(() -> Values.odd(d), Part.Slot.STRING);
            }
        }
        d.text(")");
    }

    private String select(Draw d, boolean work) {
        boolean examine = d.c.percent(30);
        d.rule(examine ? "examine" : "select").kw(examine ? "EXAMINE" : "SELECT").sp()
                .str(work ? Values.bytes(traits.workMailbox()) : Values.mailbox(d), Part.Slot.ASTRING);
        if (traits.has("CONDSTORE") && d.c.percent(15)) {
            d.rule("rfc7162-select-param").text(" (").kw("CONDSTORE").text(")");
        }
        return examine ? "EXAMINE" : "SELECT";
    }

    private String authenticated(Draw d, boolean workFull) {
        int kind = d.c.below(12);
        switch (kind) {
            case 0 -> {
                return select(d, false);
            }
            case 1 -> d.rule("create").kw("CREATE").sp().str(Values.created(d), Part.Slot.ASTRING);
            case 2 -> d.rule("delete").kw("DELETE").sp().str(Values.created(d), Part.Slot.ASTRING);
            case 3 -> d.rule("rename").kw("RENAME").sp().str(Values.created(d), Part.Slot.ASTRING).sp()
                    .str(Values.created(d), Part.Slot.ASTRING);
            case 4 -> {
                boolean sub = d.c.percent(50);
                d.rule(sub ? "subscribe" : "unsubscribe").kw(sub ? "SUBSCRIBE" : "UNSUBSCRIBE").sp()
                        .str(Values.created(d), Part.Slot.ASTRING);
                return sub ? "SUBSCRIBE" : "UNSUBSCRIBE";
            }
            case 5, 6 -> {
                boolean lsub = d.c.percent(30);
                d.rule(lsub ? "lsub" : "list").kw(lsub ? "LSUB" : "LIST").sp()
                        .str(d.c.percent(70) ? new byte[0] : Values.mailbox(d), Part.Slot.ASTRING).sp()
                        .rule("list-wildcards")
                        .str(Values.bytes(d.c.oneOf("%", "*", traits.createPrefix() + "*", "INBOX", "%/%",
                                traits.workMailbox())), Part.Slot.LIST_MAILBOX);
                return lsub ? "LSUB" : "LIST";
            }
            case 7 -> {
                d.rule("status").kw("STATUS").sp().str(Values.mailbox(d), Part.Slot.ASTRING).text(" (");
                int n = 0;
                do {
                    d.rule("status-att").text(n++ > 0 ? " " : "").kw(d.c.oneOf("MESSAGES", "RECENT", "UIDNEXT",
                            "UIDVALIDITY", "UNSEEN"));
                } while (n < 5 && d.c.more(2));
                d.text(")");
                return "STATUS";
            }
            case 8, 9 -> Appends.append(d, workFull);
            case 10 -> {
                if (traits.has("IDLE")) {
                    d.rule("rfc2177-idle").kw("IDLE");
                    return "IDLE";
                }
                return select(d, true);
            }
            default -> {
                return select(d, true);
            }
        }
        return switch (kind) {
            case 1 -> "CREATE";
            case 2 -> "DELETE";
            case 3 -> "RENAME";
            default -> "APPEND";
        };
    }
}

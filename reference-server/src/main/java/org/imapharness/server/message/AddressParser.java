package org.imapharness.server.message;

import java.util.ArrayList;
import java.util.List;
import org.imapharness.protocol.model.Address;
import org.imapharness.server.message.AddressTokens.Kind;
import org.imapharness.server.message.AddressTokens.Token;

/**
 * Parses an address-list header (RFC 5322 §3.4, obsolete forms of §4.4 tolerated) into ENVELOPE
 * addresses (RFC 3501 §7.4.2). Display names stay as sent (encoded words not decoded), quoted
 * strings are unquoted, a trailing comment stands in for a missing display name, and groups become
 * a start marker (mailbox = group name) and an end marker. Like Dovecot, a missing local part or
 * domain is reported as {@code MISSING_MAILBOX} / {@code MISSING_DOMAIN} rather than dropping
 * the address; tokens that form no address at all are skipped.
 */
public final class AddressParser {
    static final String MISSING_MAILBOX = "MISSING_MAILBOX";
    static final String MISSING_DOMAIN = "MISSING_DOMAIN";

    private final List<Token> tokens;
    private int pos;
    private final List<Address> out = new ArrayList<>();

    private AddressParser(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** Addresses of an unfolded header value; an empty list when none could be found. */
    public static List<Address> parse(String unfolded) {
        AddressParser p = new AddressParser(AddressTokens.tokenize(unfolded));
        p.list(false);
        return p.out;
    }

    private void list(boolean inGroup) {
        while (pos < tokens.size()) {
            Token t = tokens.get(pos);
            if (t.is(',')) {
                pos++;
            } else if (t.is(';')) {
                if (inGroup) {
                    return;
                }
                pos++;
            } else if (!inGroup && colonBeforeAddressEnd()) {
                group();
            } else {
                mailbox();
            }
        }
    }

    /** A group's display name ends in ':' before any '<', ',' or '@' (RFC 5322 §3.4 group). */
    private boolean colonBeforeAddressEnd() {
        for (int i = pos; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.is(':')) {
                return true;
            }
            if (t.is('<') || t.is(',') || t.is('@') || t.is(';')) {
                return false;
            }
        }
        return false;
    }

    private void group() {
        String name = phraseUntil(':');
        pos++; // ':'
        out.add(new Address(null, null, name == null ? "" : name, null));
        list(true);
        if (pos < tokens.size()) {
            pos++; // ';'
        }
        out.add(new Address(null, null, null, null));
    }

    private void mailbox() {
        int start = pos;
        int angle = findAngleInThisAddress();
        if (angle >= 0) {
            String name = phraseUntil('<');
            pos = angle + 1;
            String route = route();
            AddrSpec spec = addrSpec('>');
            if (pos < tokens.size() && tokens.get(pos).is('>')) {
                pos++;
            }
            String comment = trailingComment();
            add(name != null ? name : comment, route, spec);
        } else {
            AddrSpec spec = addrSpec(',');
            String comment = lastComment(start, pos);
            add(comment, null, spec);
        }
        if (pos == start) {
            pos++; // a stray special such as '>' or ':' inside a group: skip it
        }
    }

    private int findAngleInThisAddress() {
        for (int i = pos; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.is('<')) {
                return i;
            }
            if (t.is(',') || t.is(';')) {
                return -1;
            }
        }
        return -1;
    }

    /** Words up to {@code stop}, joined by single spaces; comments ignored; {@code null} if none. */
    private String phraseUntil(char stop) {
        StringBuilder sb = new StringBuilder();
        while (pos < tokens.size() && !tokens.get(pos).is(stop)) {
            Token t = tokens.get(pos++);
            if (t.kind() == Kind.COMMENT) {
                continue;
            }
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(t.text());
        }
        return sb.isEmpty() ? null : sb.toString();
    }

    /** obs-route {@code @a,@b:} inside angle brackets, returned as {@code @a,@b}. */
    private String route() {
        if (pos >= tokens.size() || !tokens.get(pos).is('@')) {
            return null;
        }
        int colon = -1;
        for (int i = pos; i < tokens.size() && !tokens.get(i).is('>'); i++) {
            if (tokens.get(i).is(':')) {
                colon = i;
                break;
            }
        }
        if (colon < 0) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = pos; i < colon; i++) {
            Token t = tokens.get(i);
            if (t.kind() != Kind.COMMENT) {
                sb.append(t.text());
            }
        }
        pos = colon + 1;
        return sb.toString();
    }

    private record AddrSpec(String local, String domain) {
    }

    /** local-part ["@" domain], stopping at {@code stop}, ',' or ';'. */
    private AddrSpec addrSpec(char stop) {
        StringBuilder local = new StringBuilder();
        StringBuilder domain = null;
        while (pos < tokens.size()) {
            Token t = tokens.get(pos);
            if (t.is(stop) || t.is(',') || t.is(';') || t.is('>')) {
                break;
            }
            pos++;
            if (t.kind() == Kind.COMMENT) {
                continue;
            }
            if (t.is('@') && domain == null) {
                domain = new StringBuilder();
            } else if (domain != null) {
                domain.append(t.text());
            } else if (t.kind() != Kind.SPECIAL) {
                local.append(t.text());
            }
        }
        return new AddrSpec(local.toString(), domain == null ? "" : domain.toString());
    }

    private String trailingComment() {
        String comment = null;
        while (pos < tokens.size() && tokens.get(pos).kind() == Kind.COMMENT) {
            comment = tokens.get(pos++).text();
        }
        return comment == null || comment.isEmpty() ? null : comment;
    }

    private String lastComment(int from, int to) {
        String comment = null;
        for (int i = from; i < to; i++) {
            if (tokens.get(i).kind() == Kind.COMMENT && !tokens.get(i).text().isEmpty()) {
                comment = tokens.get(i).text();
            }
        }
        return comment;
    }

    private void add(String name, String route, AddrSpec spec) {
        if (spec.local().isEmpty() && spec.domain().isEmpty()) {
            return;
        }
        String mailbox = spec.local().isEmpty() ? MISSING_MAILBOX : spec.local();
        String host = spec.domain().isEmpty() ? MISSING_DOMAIN : spec.domain();
        out.add(new Address(name, route, mailbox, host));
    }
}

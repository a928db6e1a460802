package org.imapharness.scenarios.load.simulations;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static org.imapharness.scenarios.load.Imap.exists;
import static org.imapharness.scenarios.load.Imap.fetchCount;
import static org.imapharness.scenarios.load.Imap.imap;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Choice;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.imapharness.protocol.model.StatusItem;

/**
 * A mix of client behaviours, in the spirit of imaptest's profiles: {@code load.mix} (default
 * {@code desktop:50,phone:30,webmail:20}) gives each kind's share of the arriving users.
 * <ul>
 *   <li>desktop: syncs flags of the whole INBOX, reads headers and one whole message, marks it seen;</li>
 *   <li>phone: reads the newest headers, then IDLEs for {@code load.mixed.idle} (default 2s);</li>
 *   <li>webmail: lists folders, STATUS, SEARCH UNSEEN, a page of envelopes and a partial body.</li>
 * </ul>
 * Each account's INBOX is seeded with {@code load.mixed.messages} (default 20) messages of
 * {@code load.mixed.size} bytes (default 4096).
 */
public class MixedProfileSimulation extends Simulation {
    private final LoadSettings settings = LoadSettings.fromSystemProperties();
    private final LoadTarget target = LoadTarget.open(settings);

    {
        int messages = LoadSettings.integer("load.mixed.messages", 20);
        int size = LoadSettings.integer("load.mixed.size", 4096);
        target.seed("INBOX", messages, i -> Messages.ofSize("mixed-" + i, size));
        Duration idle = LoadSettings.duration("load.mixed.idle", Duration.ofSeconds(2));

        ChainBuilder desktop = exec(
                imap("desktop: select").select("INBOX").check(exists().gte(1).saveAs("exists")),
                imap("desktop: fetch flags").fetch("1:*", "(UID FLAGS)").check(fetchCount().gte(1)),
                exec(session -> newest(session, 10, "newest")),
                imap("desktop: fetch headers").fetchHeaders("#{newest}"),
                imap("desktop: fetch message").fetch("#{exists}", "BODY.PEEK[]"),
                imap("desktop: store seen").store("#{exists}", "+FLAGS.SILENT (\\Seen)"),
                imap("desktop: noop").noop());
        ChainBuilder phone = exec(
                imap("phone: select").select("INBOX").check(exists().gte(1).saveAs("exists")),
                exec(session -> newest(session, 5, "newest")),
                imap("phone: fetch headers").fetchHeaders("#{newest}"),
                imap("phone: idle").idle(idle));
        ChainBuilder webmail = exec(
                imap("webmail: list").list("", "*"),
                imap("webmail: status").status("INBOX", StatusItem.MESSAGES, StatusItem.UNSEEN),
                imap("webmail: select").select("INBOX").check(exists().gte(1).saveAs("exists")),
                imap("webmail: search unseen").search("UNSEEN"),
                exec(session -> newest(session, 20, "page")),
                imap("webmail: fetch envelopes").fetch("#{page}", "(UID FLAGS ENVELOPE RFC822.SIZE)"),
                imap("webmail: fetch partial").fetchPartial("1", 0, 2048));

        Map<String, ChainBuilder> kinds = Map.of("desktop", desktop, "phone", phone, "webmail", webmail);
        var mixed = scenario("mixed profile").feed(target.feeder())
                .exec(imap("connect").connect())
                .exec(imap("login").login())
                .randomSwitch().on(choices(LoadSettings.string("load.mix", "desktop:50,phone:30,webmail:20"), kinds))
                .exec(imap("logout").logout());
        setUp(Workloads.inject(mixed, settings)).protocols(target.protocol());
    }

    /**
     * The newest {@code n} messages as a sequence set, from the EXISTS saved at SELECT: a set
     * beyond the mailbox's size is an error (RFC 3501 §9 seq-number), so "1:10" will not do.
     */
    static Session newest(Session session, int n, String key) {
        long exists = session.getLong("exists");
        return session.set(key, Math.max(1, exists - n + 1) + ":" + exists);
    }

    /** {@code kind:weight,...} scaled to percentages. */
    static List<Choice.WithWeight> choices(String mix, Map<String, ChainBuilder> kinds) {
        Map<String, Double> weights = new LinkedHashMap<>();
        for (String part : mix.split(",")) {
            String[] kv = part.trim().split(":");
            if (kv.length != 2 || !kinds.containsKey(kv[0].trim())) {
                throw new IllegalArgumentException("load.mix must be kind:weight pairs with kinds "
                        + kinds.keySet() + ", was '" + mix + "'");
            }
            weights.put(kv[0].trim(), Double.parseDouble(kv[1].trim()));
        }
        double sum = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        if (!(sum > 0)) {
            throw new IllegalArgumentException("load.mix weights must add up to more than 0, was '" + mix + "'");
        }
        List<Choice.WithWeight> out = new ArrayList<>();
        weights.forEach((k, w) -> out.add(new Choice.WithWeight(100.0 * w / sum, kinds.get(k))));
        return out;
    }

    @Override
    public void after() {
        target.close();
    }
}

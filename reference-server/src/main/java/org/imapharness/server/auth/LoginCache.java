package org.imapharness.server.auth;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Remembers recent successful logins so that a client logging in again and again (phones reconnect
 * after every network change; webmail logs in per request) does not pay a password derivation
 * each time. Dovecot's {@code auth_cache} does the same; like it, this is off unless configured.
 *
 * <p>What makes it safe:
 * <ul>
 *   <li>Entries are keyed by HMAC-SHA256 of the name and the password under a key drawn at start
 *       and never stored, so neither passwords nor plain hashes of them sit in memory, and a heap
 *       dump gives nothing to brute-force offline without that key.</li>
 *   <li>Only successes are remembered. A wrong password misses the cache and gets the full
 *       uniform-cost check of {@code CredentialCheck}: a hit is only possible for someone who knows
 *       the password, so the faster answer tells nothing about which names exist.</li>
 *   <li>Accounts with TOTP are never remembered: the presented password carries a one-time code,
 *       and a remembered one would let that code be replayed within the TTL.</li>
 *   <li>An entry holds the {@link Account} it was checked against and only matches that same
 *       object, so an account replaced by a reload can never be entered with the old password.</li>
 * </ul>
 * Bounded: least recently used entries go first once {@link CachePolicy#maxEntries()} is reached.
 */
final class LoginCache {

    /** 128 bits of the MAC: collisions are out of reach, and the key halves fit in two longs. */
    private record Key(long high, long low) {
    }

    private record Entry(Account account, Instant expires) {
    }

    private final CachePolicy policy;
    private final SecretKeySpec macKey;
    private final ThreadLocal<Mac> macs;
    private final Map<Key, Entry> entries;

    LoginCache(CachePolicy policy, SecureRandom random) {
        this.policy = policy;
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        this.macKey = new SecretKeySpec(secret, "HmacSHA256");
        this.macs = ThreadLocal.withInitial(this::newMac);
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Entry> eldest) {
                return size() > policy.maxEntries();
            }
        };
    }

    boolean enabled() {
        return policy.enabled();
    }

    /** Whether {@code password} logged in to {@code account} within the TTL. */
    boolean remembers(Account account, byte[] password, Instant now) {
        if (!policy.enabled() || account == null) {
            return false;
        }
        Key key = key(account.name(), password);
        synchronized (entries) {
            Entry entry = entries.get(key);
            if (entry == null) {
                return false;
            }
            if (entry.account() != account || !now.isBefore(entry.expires())) {
                entries.remove(key);
                return false;
            }
            return true;
        }
    }

    /** Notes a successful check; does nothing for accounts with a second factor. */
    void remember(Account account, byte[] password, Instant now) {
        if (!policy.enabled() || account.totp().isPresent()) {
            return;
        }
        Key key = key(account.name(), password);
        Entry entry = new Entry(account, now.plus(policy.ttl()));
        synchronized (entries) {
            entries.put(key, entry);
        }
    }

    int size() {
        synchronized (entries) {
            return entries.size();
        }
    }

    /** The name is length-prefixed so that ("ab", "c…") and ("a", "bc…") cannot share a key. */
    private Key key(String user, byte[] password) {
        byte[] name = user.getBytes(StandardCharsets.UTF_8);
        Mac mac = macs.get();
        mac.update(ByteBuffer.allocate(4).putInt(name.length).array());
        mac.update(name);
        mac.update(password);
        ByteBuffer digest = ByteBuffer.wrap(mac.doFinal());
        return new Key(digest.getLong(), digest.getLong());
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(macKey);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required of every Java runtime", e);
        }
    }
}

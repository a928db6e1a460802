package org.imapharness.server.auth;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The accounts a server knows, by exact (case-sensitive) name. Immutable. */
public final class Accounts {

    private final Map<String, Account> byName;
    private final HashCost typicalCost;
    private final int maxAppPasswords;

    private Accounts(Map<String, Account> byName) {
        this.byName = byName;
        this.typicalCost = mostCommonCost(byName.values());
        this.maxAppPasswords = byName.values().stream().mapToInt(a -> a.appPasswords().size()).max().orElse(0);
    }

    /** @throws IllegalArgumentException if two accounts share a name */
    public static Accounts of(Collection<Account> accounts) {
        Map<String, Account> byName = new LinkedHashMap<>();
        for (Account account : accounts) {
            if (byName.putIfAbsent(account.name(), account) != null) {
                throw new IllegalArgumentException("user '" + account.name() + "' is defined twice");
            }
        }
        return new Accounts(byName);
    }

    /**
     * The users file (may be null) plus inline users hashed with {@code inlineCost}.
     *
     * @throws UsersFileException for a bad file
     * @throws IllegalArgumentException if a name is defined twice
     */
    public static Accounts load(Path usersFile, UsersFile.Options options, List<InlineUser> inline,
            HashCost inlineCost) {
        List<Account> all = new ArrayList<>();
        if (usersFile != null) {
            all.addAll(UsersFile.read(usersFile, options));
        }
        SecureRandom random = new SecureRandom();
        for (InlineUser user : inline) {
            byte[] clear = user.password().getBytes(StandardCharsets.UTF_8);
            all.add(Account.withPassword(user.name(), PasswordHash.create(clear, inlineCost, random)));
        }
        return of(all);
    }

    public Optional<Account> find(String name) {
        return Optional.ofNullable(name == null ? null : byName.get(name));
    }

    public Set<String> names() {
        return byName.keySet();
    }

    public int size() {
        return byName.size();
    }

    /**
     * The cost used by most hashes here (main and app passwords), or {@link HashCost#DEFAULT} when
     * there are none. Unknown users are checked against a dummy hash of this cost, so their timing
     * matches the typical account's; accounts with an unusual cost stand out, which is why a users
     * file should use one cost throughout.
     */
    public HashCost typicalCost() {
        return typicalCost;
    }

    /** The most app passwords any one account has; every login checks this many app slots. */
    public int maxAppPasswords() {
        return maxAppPasswords;
    }

    private static HashCost mostCommonCost(Collection<Account> accounts) {
        Map<HashCost, Long> counts = new HashMap<>();
        for (Account account : accounts) {
            counts.merge(account.password().cost(), 1L, Long::sum);
            account.appPasswords().forEach(h -> counts.merge(h.cost(), 1L, Long::sum));
        }
        return counts.entrySet().stream()
                .max(Comparator.<Map.Entry<HashCost, Long>>comparingLong(Map.Entry::getValue)
                        .thenComparing(e -> e.getKey().spec()))
                .map(Map.Entry::getKey)
                .orElse(HashCost.DEFAULT);
    }

    @Override
    public String toString() {
        return "Accounts" + byName.keySet();
    }
}

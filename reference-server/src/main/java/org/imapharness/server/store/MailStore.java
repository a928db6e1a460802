package org.imapharness.server.store;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.imapharness.server.fault.FaultSet;

/**
 * The reference server's mail store: accounts by user name, in memory, optionally backed by a
 * write-ahead journal in a directory ({@code --store DIR}) that is replayed on open. See
 * package-info for the durability contract.
 */
public final class MailStore implements AutoCloseable {
    private final Journal journal;
    private final Clock clock;
    private final FaultSet faults;
    private final UidValidityClock uidValidities;
    private final ConcurrentMap<String, Account> accounts = new ConcurrentHashMap<>();

    private MailStore(Journal journal, Clock clock, FaultSet faults) {
        this.journal = journal;
        this.clock = clock;
        this.faults = faults;
        this.uidValidities = new UidValidityClock(clock.instant().getEpochSecond());
    }

    public static MailStore inMemory() {
        return inMemory(FaultSet.none());
    }

    /** An in-memory store with fault switches (DESIGN.md §6) for the store's own rules. */
    public static MailStore inMemory(FaultSet faults) {
        return new MailStore(Journal.NONE, Clock.systemUTC(), faults);
    }

    /** Opens (creating) a durable store in {@code dir}, replaying its journal. */
    public static MailStore open(Path dir) throws IOException {
        return open(dir, FaultSet.none());
    }

    public static MailStore open(Path dir, FaultSet faults) throws IOException {
        return open(dir, Clock.systemUTC(), faults);
    }

    static MailStore open(Path dir, Clock clock) throws IOException {
        return open(dir, clock, FaultSet.none());
    }

    static MailStore open(Path dir, Clock clock, FaultSet faults) throws IOException {
        DeferredJournal deferred = new DeferredJournal();
        MailStore store = new MailStore(deferred, clock, faults);
        deferred.target = FileJournal.open(dir, entry ->
                store.accounts.computeIfAbsent(entry.account(), store::newAccount).replay(entry.mutations()));
        return store;
    }

    /** The account of {@code user}, created with the default folders on first use. */
    public Account account(String user) {
        return accounts.computeIfAbsent(user, u -> {
            Account a = newAccount(u);
            a.createDefaults();
            return a;
        });
    }

    /** The account if it exists (was used or replayed), without creating it. */
    public Optional<Account> existingAccount(String user) {
        return Optional.ofNullable(accounts.get(user));
    }

    private Account newAccount(String user) {
        return new Account(user, journal, uidValidities, clock, faults);
    }

    @Override
    public void close() throws IOException {
        journal.close();
    }

    /** Lets accounts be built (during replay) before the file journal exists. */
    private static final class DeferredJournal implements Journal {
        private volatile Journal target = Journal.NONE;

        @Override
        public void commit(String account, java.util.List<Mutation> mutations) throws IOException {
            target.commit(account, mutations);
        }

        @Override
        public void close() throws IOException {
            target.close();
        }
    }
}

package org.imapharness.server.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.zip.CRC32C;

/**
 * An append-only write-ahead log: each record is {@code [int length][int crc32c][payload]}.
 * On open the valid prefix is replayed and anything after it (a record torn by a crash, or
 * garbage) is cut off, so new records follow the last good one.
 *
 * <p>Group commit: writers append under a short lock; a writer then waits until some thread's
 * {@code fdatasync} ({@link FileChannel#force(boolean) force(false)}) covers its record. While one
 * sync runs, later records pile up and the next sync covers them all, so concurrent sessions share
 * fsyncs instead of queueing for one each.
 */
final class FileJournal implements Journal {
    static final String FILE_NAME = "journal.wal";
    private static final int HEADER = 8;
    /** Guards against a corrupt length field asking for an absurd allocation on replay. */
    private static final int MAX_RECORD = 256 * 1024 * 1024;

    private final FileChannel channel;
    private final ReentrantLock syncLock = new ReentrantLock();
    private final Condition synced = syncLock.newCondition();
    private long written;
    private long durable;
    private boolean syncing;

    private FileJournal(FileChannel channel, long end) {
        this.channel = channel;
        this.written = end;
        this.durable = end;
    }

    /** Opens (creating) the journal in {@code dir}, feeding every valid record to {@code replay}. */
    static FileJournal open(Path dir, Consumer<MutationCodec.Entry> replay) throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve(FILE_NAME);
        boolean created = !Files.exists(file);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        if (created) {
            syncDirectory(dir);
        }
        long end = replay(channel, replay);
        if (end < channel.size()) {
            channel.truncate(end);
            channel.force(false);
        }
        channel.position(end);
        return new FileJournal(channel, end);
    }

    private static long replay(FileChannel channel, Consumer<MutationCodec.Entry> replay) throws IOException {
        long pos = 0;
        long size = channel.size();
        ByteBuffer header = ByteBuffer.allocate(HEADER);
        while (pos + HEADER <= size) {
            header.clear();
            channel.read(header, pos);
            header.flip();
            int length = header.getInt();
            int crc = header.getInt();
            if (length < 0 || length > MAX_RECORD || pos + HEADER + length > size) {
                break;
            }
            ByteBuffer payload = ByteBuffer.allocate(length);
            while (payload.hasRemaining() && channel.read(payload, pos + HEADER + payload.position()) > 0) {
                // read fully
            }
            if (payload.hasRemaining() || crc32c(payload.array()) != crc) {
                break;
            }
            MutationCodec.Entry entry;
            try {
                entry = MutationCodec.decode(payload.array());
            } catch (IOException e) {
                break; // a checksummed record that does not decode: treat like a torn tail
            }
            try {
                replay.accept(entry);
            } catch (RuntimeException e) {
                // A checksummed record that does not fit the state before it: refuse to start
                // rather than silently serve a store that lost acknowledged changes.
                throw new IOException(FILE_NAME + ": record at offset " + pos + " for account '"
                        + entry.account() + "' does not apply: " + e, e);
            }
            pos += HEADER + length;
        }
        return pos;
    }

    @Override
    public void commit(String account, List<Mutation> mutations) throws IOException {
        byte[] payload = MutationCodec.encode(account, mutations);
        ByteBuffer record = ByteBuffer.allocate(HEADER + payload.length);
        record.putInt(payload.length).putInt(crc32c(payload)).put(payload).flip();
        long end;
        synchronized (this) {
            try {
                while (record.hasRemaining()) {
                    channel.write(record);
                }
            } catch (IOException e) {
                // Cut a partly written record so that later records do not follow garbage.
                channel.truncate(written);
                channel.position(written);
                throw e;
            }
            written += HEADER + payload.length;
            end = written;
        }
        awaitDurable(end);
    }

    private void awaitDurable(long end) throws IOException {
        syncLock.lock();
        try {
            while (durable < end) {
                if (syncing) {
                    synced.awaitUninterruptibly();
                    continue;
                }
                syncing = true;
                long target;
                synchronized (this) {
                    target = written;
                }
                IOException failure = null;
                syncLock.unlock(); // followers queue up (and append) while this fsync runs
                try {
                    channel.force(false);
                } catch (IOException e) {
                    failure = e;
                } finally {
                    syncLock.lock();
                    syncing = false;
                    if (failure == null) {
                        durable = Math.max(durable, target);
                    }
                    synced.signalAll();
                }
                if (failure != null) {
                    throw failure;
                }
            }
        } finally {
            syncLock.unlock();
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    private static int crc32c(byte[] payload) {
        CRC32C crc = new CRC32C();
        crc.update(payload);
        return (int) crc.getValue();
    }

    private static void syncDirectory(Path dir) {
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException e) {
            // Some file systems cannot fsync a directory; the file's own fsyncs still hold.
        }
    }
}

package org.imapharness.server.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.imapharness.server.store.Mutation.FlagsChanged;
import org.imapharness.server.store.Mutation.MailboxCreated;
import org.imapharness.server.store.Mutation.MailboxDeleted;
import org.imapharness.server.store.Mutation.MailboxRenamed;
import org.imapharness.server.store.Mutation.MessageAppended;
import org.imapharness.server.store.Mutation.MessagesCopied;
import org.imapharness.server.store.Mutation.MessagesExpunged;
import org.imapharness.server.store.Mutation.SubscriptionChanged;

/** Binary form of a journal record's payload: the account name, then tagged mutations. */
final class MutationCodec {
    private static final int CREATED = 1;
    private static final int DELETED = 2;
    private static final int RENAMED = 3;
    private static final int SUBSCRIPTION = 4;
    private static final int APPENDED = 5;
    private static final int COPIED = 6;
    private static final int FLAGS = 7;
    private static final int EXPUNGED = 8;

    /** A decoded journal record. */
    record Entry(String account, List<Mutation> mutations) {
    }

    private MutationCodec() {
    }

    static byte[] encode(String account, List<Mutation> mutations) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF(account);
            out.writeInt(mutations.size());
            for (Mutation m : mutations) {
                write(out, m);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in-memory stream: cannot happen
        }
        return bytes.toByteArray();
    }

    private static void write(DataOutputStream out, Mutation m) throws IOException {
        if (m instanceof MailboxCreated c) {
            out.writeByte(CREATED);
            out.writeUTF(c.name());
            out.writeLong(c.uidValidity());
            out.writeUTF(c.specialUse() == null ? "" : c.specialUse());
        } else if (m instanceof MailboxDeleted d) {
            out.writeByte(DELETED);
            out.writeUTF(d.name());
            out.writeBoolean(d.keepAsNoSelect());
        } else if (m instanceof MailboxRenamed r) {
            out.writeByte(RENAMED);
            out.writeUTF(r.from());
            out.writeUTF(r.to());
        } else if (m instanceof SubscriptionChanged s) {
            out.writeByte(SUBSCRIPTION);
            out.writeUTF(s.name());
            out.writeBoolean(s.subscribed());
        } else if (m instanceof MessageAppended a) {
            out.writeByte(APPENDED);
            out.writeUTF(a.mailbox());
            out.writeLong(a.uid());
            out.writeLong(a.modSeq());
            out.writeLong(a.epochSecond());
            out.writeInt(a.offsetSeconds());
            writeStrings(out, a.flags());
            out.writeInt(a.content().length);
            out.write(a.content());
        } else if (m instanceof MessagesCopied c) {
            out.writeByte(COPIED);
            out.writeUTF(c.from());
            out.writeUTF(c.to());
            writeLongs(out, c.sourceUids());
            out.writeLong(c.firstUid());
            out.writeLong(c.modSeq());
        } else if (m instanceof FlagsChanged f) {
            out.writeByte(FLAGS);
            out.writeUTF(f.mailbox());
            out.writeLong(f.modSeq());
            writeLongs(out, f.uids());
            for (List<String> flags : f.flags()) {
                writeStrings(out, flags);
            }
        } else if (m instanceof MessagesExpunged e) {
            out.writeByte(EXPUNGED);
            out.writeUTF(e.mailbox());
            out.writeLong(e.modSeq());
            writeLongs(out, e.uids());
        }
    }

    static Entry decode(byte[] payload) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload));
        String account = in.readUTF();
        int count = in.readInt();
        List<Mutation> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(read(in));
        }
        return new Entry(account, out);
    }

    private static Mutation read(DataInputStream in) throws IOException {
        int tag = in.readByte();
        return switch (tag) {
            case CREATED -> {
                String name = in.readUTF();
                long uidValidity = in.readLong();
                String use = in.readUTF();
                yield new MailboxCreated(name, uidValidity, use.isEmpty() ? null : use);
            }
            case DELETED -> new MailboxDeleted(in.readUTF(), in.readBoolean());
            case RENAMED -> new MailboxRenamed(in.readUTF(), in.readUTF());
            case SUBSCRIPTION -> new SubscriptionChanged(in.readUTF(), in.readBoolean());
            case APPENDED -> new MessageAppended(in.readUTF(), in.readLong(), in.readLong(), in.readLong(),
                    in.readInt(), readStrings(in), readBytes(in));
            case COPIED -> new MessagesCopied(in.readUTF(), in.readUTF(), readLongs(in), in.readLong(), in.readLong());
            case FLAGS -> {
                String mailbox = in.readUTF();
                long modSeq = in.readLong();
                List<Long> uids = readLongs(in);
                List<List<String>> flags = new ArrayList<>();
                for (int i = 0; i < uids.size(); i++) {
                    flags.add(readStrings(in));
                }
                yield new FlagsChanged(mailbox, modSeq, uids, flags);
            }
            case EXPUNGED -> new MessagesExpunged(in.readUTF(), in.readLong(), readLongs(in));
            default -> throw new IOException("unknown journal mutation tag " + tag);
        };
    }

    private static void writeStrings(DataOutputStream out, List<String> values) throws IOException {
        out.writeInt(values.size());
        for (String v : values) {
            out.writeUTF(v);
        }
    }

    private static List<String> readStrings(DataInputStream in) throws IOException {
        int n = in.readInt();
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(in.readUTF());
        }
        return out;
    }

    private static void writeLongs(DataOutputStream out, List<Long> values) throws IOException {
        out.writeInt(values.size());
        for (long v : values) {
            out.writeLong(v);
        }
    }

    private static List<Long> readLongs(DataInputStream in) throws IOException {
        int n = in.readInt();
        List<Long> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(in.readLong());
        }
        return out;
    }

    private static byte[] readBytes(DataInputStream in) throws IOException {
        byte[] b = new byte[in.readInt()];
        in.readFully(b);
        return b;
    }
}

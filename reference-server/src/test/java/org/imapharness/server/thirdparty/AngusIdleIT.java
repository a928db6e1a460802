package org.imapharness.server.thirdparty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.event.MessageChangedEvent;
import jakarta.mail.event.MessageChangedListener;
import jakarta.mail.event.MessageCountEvent;
import jakarta.mail.event.MessageCountListener;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.imapharness.server.it.ServerPerClass;
import org.imapharness.server.it.TestServers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Angus Mail's {@code IMAPFolder.idle()} woken by another connection (RFC 2177): the server must
 * push EXISTS for an append, FETCH FLAGS for a flag change and EXPUNGE for an expunge at once,
 * without the idling client sending anything.
 */
class AngusIdleIT {
    private static final long WAIT_SECONDS = 10;
    /** Angus's trace line for the server's continuation after IDLE: the IDLE is running from then on. */
    private static final Pattern IDLING = Pattern.compile("(?m)^\\S+ IDLE\\r?\\n\\+");

    @RegisterExtension
    static final ServerPerClass SERVER = new ServerPerClass();

    @Test
    void idlePushesExistsFlagsAndExpungeFromAnotherConnection() throws Exception {
        ExecutorService idler = Executors.newSingleThreadExecutor();
        try (AngusClient watcher = AngusClient.implicitTls(SERVER.get(), "alice", TestServers.PASSWORD);
             AngusClient sender = AngusClient.implicitTls(SERVER.get(), "alice", TestServers.PASSWORD)) {
            IMAPFolder watched = (IMAPFolder) watcher.store().getFolder("INBOX");
            watched.open(Folder.READ_WRITE);
            CompletableFuture<MessageCountEvent> added = new CompletableFuture<>();
            CompletableFuture<MessageCountEvent> removed = new CompletableFuture<>();
            CompletableFuture<MessageChangedEvent> changed = new CompletableFuture<>();
            watched.addMessageCountListener(new MessageCountListener() {
                @Override
                public void messagesAdded(MessageCountEvent e) {
                    added.complete(e);
                }

                @Override
                public void messagesRemoved(MessageCountEvent e) {
                    removed.complete(e);
                }
            });
            watched.addMessageChangedListener((MessageChangedListener) changed::complete);
            Future<?> idle = idler.submit(() -> {
                watched.idle(false);
                return null;
            });
            awaitIdling(watcher);

            Folder inbox = sender.store().getFolder("INBOX");
            inbox.appendMessages(new Message[] {new MimeMessage(sender.session(), new ByteArrayInputStream(
                    "Subject: wake up\r\nFrom: bob@example.org\r\n\r\nhello\r\n".getBytes()))});
            MessageCountEvent exists = added.get(WAIT_SECONDS, TimeUnit.SECONDS);
            assertEquals(1, exists.getMessages().length, watcher::trace);
            assertEquals(1, exists.getMessages()[0].getMessageNumber());

            inbox.open(Folder.READ_WRITE);
            inbox.getMessage(1).setFlag(Flags.Flag.FLAGGED, true);
            MessageChangedEvent flags = changed.get(WAIT_SECONDS, TimeUnit.SECONDS);
            assertEquals(MessageChangedEvent.FLAGS_CHANGED, flags.getMessageChangeType(), watcher::trace);

            inbox.getMessage(1).setFlag(Flags.Flag.DELETED, true);
            inbox.expunge();
            MessageCountEvent gone = removed.get(WAIT_SECONDS, TimeUnit.SECONDS);
            assertEquals(1, gone.getMessages().length, watcher::trace);
            assertTrue(gone.getMessages()[0].isExpunged());

            String trace = watcher.trace();
            // Everything reached the watcher while it idled: one IDLE, not ended before the three pushes.
            int idleAt = trace.indexOf(" IDLE");
            int expungeAt = trace.indexOf("* 1 EXPUNGE");
            assertTrue(idleAt >= 0 && expungeAt > idleAt && trace.indexOf("DONE", idleAt) < 0, trace);

            watched.close(false); // aborts the IDLE (DONE) and ends the idle thread
            idle.get(WAIT_SECONDS, TimeUnit.SECONDS);
            inbox.close(false);
        } finally {
            idler.shutdownNow();
        }
    }

    private static void awaitIdling(AngusClient watcher) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (!IDLING.matcher(watcher.trace()).find()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("IDLE never got its continuation\n" + watcher.trace());
            }
            Thread.sleep(20);
        }
    }
}

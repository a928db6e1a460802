package org.imapharness.server.thirdparty;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimePart;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * A message's MIME tree as Angus Mail sees it, written out as text: per part its type, charset,
 * disposition, file name, Content-ID/-Description/-Language, and for leaves a digest of the decoded
 * content. Rendering an IMAP message (built from the server's ENVELOPE and BODYSTRUCTURE, part bodies
 * from BODY[section]) and the same bytes parsed locally must give the same text.
 */
final class MimeOutline {
    private final Session session;
    private final StringBuilder out = new StringBuilder();

    private MimeOutline(Session session) {
        this.session = session;
    }

    static String of(Message message, Session session) throws MessagingException, IOException {
        MimeOutline outline = new MimeOutline(session);
        outline.message(message, 0);
        return outline.out.toString();
    }

    /** The same bytes parsed by Angus locally: what the corpus file says. */
    static String ofBytes(byte[] bytes, Session session) throws MessagingException, IOException {
        return of(new MimeMessage(session, new ByteArrayInputStream(bytes)), session);
    }

    private void message(Message m, int depth) throws MessagingException, IOException {
        line(depth, "message subject=" + m.getSubject() + " from=" + addresses(m.getFrom())
                + " to=" + addresses(m.getRecipients(Message.RecipientType.TO))
                + " sent=" + (m.getSentDate() == null ? null : m.getSentDate().toInstant())
                + " id=" + (m instanceof MimeMessage mm ? mm.getMessageID() : "?"));
        part(m, depth + 1, false);
    }

    private void part(Part p, int depth, boolean inDigest) throws MessagingException, IOException {
        // RFC 2046 §5.1.5: a digest part without Content-Type is message/rfc822. Angus's local parser
        // does not apply that default, so the local side gets it here; the server must say it in BODYSTRUCTURE.
        boolean defaultedRfc822 = inDigest && p instanceof MimePart mp && mp.getHeader("Content-Type") == null
                && !(p instanceof Message);
        ContentType type = new ContentType(defaultedRfc822 ? "message/rfc822" : p.getContentType());
        StringBuilder d = new StringBuilder(type.getBaseType().toLowerCase());
        String charset = type.getParameter("charset");
        if (charset == null && type.match("text/*")) {
            charset = "us-ascii"; // RFC 2046 §4.1.2: servers may state the default in BODYSTRUCTURE, parsers leave it out
        }
        if (charset != null) {
            d.append(" charset=").append(charset.toLowerCase());
        }
        d.append(" disposition=").append(p.getDisposition() == null ? null : p.getDisposition().toLowerCase());
        d.append(" filename=").append(p.getFileName());
        d.append(" description=").append(p.getDescription());
        if (p instanceof MimePart mp) {
            d.append(" id=").append(mp.getContentID());
            d.append(" language=").append(mp.getContentLanguage() == null ? null : Arrays.toString(mp.getContentLanguage()));
        }
        line(depth, d.toString());
        if (type.match("multipart/*")) {
            Multipart multipart = (Multipart) p.getContent();
            boolean digest = type.match("multipart/digest");
            for (int i = 0; i < multipart.getCount(); i++) {
                part(multipart.getBodyPart(i), depth + 1, digest);
            }
        } else if (type.match("message/rfc822")) {
            Object content = defaultedRfc822 ? null : p.getContent();
            Message nested = content instanceof Message m ? m : new MimeMessage(session, p.getInputStream());
            message(nested, depth + 1);
        } else {
            byte[] decoded;
            try (InputStream in = p.getInputStream()) {
                decoded = in.readAllBytes();
            }
            line(depth + 1, "content " + decoded.length + " bytes sha256=" + sha256(decoded));
        }
    }

    private void line(int depth, String text) {
        out.append("  ".repeat(depth)).append(text).append('\n');
    }

    private static String addresses(Address[] addresses) {
        return addresses == null ? "null" : Arrays.toString(addresses);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

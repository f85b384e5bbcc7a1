package org.palabre.mail.control;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.Date;
import java.util.Properties;

/**
 * Turns an {@link OutgoingMail} into a MIME message: UTF-8 throughout, headers encoded (RFC 2047) where
 * they carry accents or could be mistaken for encoded text ({@link HeaderText}), plain text first and HTML as
 * the alternative.
 */
public final class MailComposer {

    /** The header every mail Palabre sends carries, so Palabre knows its own mail when it comes back. */
    public static final String LOOP_HEADER = "X-Palabre-Loop";

    private final Session session;
    private final InternetAddress from;

    public MailComposer(String from) {
        try {
            this.from = new InternetAddress(from, true);
        } catch (MessagingException e) {
            throw new IllegalStateException("PALABRE_MAIL_FROM is not a valid address: " + from, e);
        }
        Properties properties = new Properties();
        // Message-IDs are made from this address, so they name the site's mail domain, not the server's host.
        properties.setProperty("mail.from", this.from.getAddress());
        this.session = Session.getInstance(properties);
    }

    /** The site's own address, which mail is sent from. */
    public InternetAddress from() {
        return from;
    }

    public MimeMessage compose(OutgoingMail mail) throws MessagingException {
        MimeMessage message =
                mail.messageId() == null ? new MimeMessage(session) : new IdentifiedMessage(session, mail.messageId());
        if (mail.senderName() == null) {
            message.setFrom(from);
        } else {
            message.setHeader("From", HeaderText.phrase(mail.senderName()) + " <" + from.getAddress() + ">");
        }
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to(), true));
        message.setHeader("Subject", HeaderText.unstructured(mail.subject()));
        message.setSentDate(new Date());
        message.setHeader("Auto-Submitted", "auto-generated");
        // Mail that comes back to Palabre with this header is its own, and is never acted on or answered.
        message.setHeader(LOOP_HEADER, from.getAddress());
        for (var header : mail.extraHeaders().entrySet()) {
            message.setHeader(header.getKey(), header.getValue());
        }
        if (mail.html() == null) {
            message.setText(mail.text(), "UTF-8");
        } else {
            MimeBodyPart text = new MimeBodyPart();
            text.setText(mail.text(), "UTF-8");
            MimeBodyPart html = new MimeBodyPart();
            html.setText(mail.html(), "UTF-8", "html");
            message.setContent(new MimeMultipart("alternative", text, html));
        }
        message.saveChanges();
        return message;
    }

    /** A message whose Message-ID is chosen by Palabre, so a mail sent again is recognised as the same one. */
    private static final class IdentifiedMessage extends MimeMessage {
        private final String messageId;

        IdentifiedMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}

package org.palabre.mail.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.palabre.mail.entity.LoggedMail;

/** Reads back the mail kept in the mail log, as an administrator (or a test) sees it. */
@ApplicationScoped
public class MailLog {

    private static final Session PARSING = Session.getInstance(new Properties());

    @PersistenceContext
    EntityManager entityManager;

    public List<LoggedMail> newest(int limit) {
        return entityManager
                .createNamedQuery(LoggedMail.NEWEST_FIRST, LoggedMail.class)
                .setMaxResults(limit)
                .getResultList();
    }

    public Optional<LoggedMail> find(long id) {
        return Optional.ofNullable(entityManager.find(LoggedMail.class, id));
    }

    /** The headers of a logged mail, decoded, in their order. */
    public static List<String[]> headers(LoggedMail mail) {
        try {
            return Collections.list(parse(mail).getAllHeaders()).stream()
                    .map(h -> new String[] {h.getName(), decoded(h.getValue())})
                    .toList();
        } catch (MessagingException e) {
            return List.of();
        }
    }

    /** The plain-text part of a logged mail, as its reader would see it. */
    public static String text(LoggedMail mail) {
        try {
            Object content = parse(mail).getContent();
            if (content instanceof String text) {
                return text;
            }
            if (content instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart part = multipart.getBodyPart(i);
                    if (part.isMimeType("text/plain")) {
                        return (String) part.getContent();
                    }
                }
            }
            return "";
        } catch (MessagingException | IOException e) {
            return mail.rawMessage();
        }
    }

    private static MimeMessage parse(LoggedMail mail) throws MessagingException {
        return new MimeMessage(
                PARSING, new ByteArrayInputStream(mail.rawMessage().getBytes(StandardCharsets.UTF_8)));
    }

    private static String decoded(String headerValue) {
        try {
            return jakarta.mail.internet.MimeUtility.decodeText(jakarta.mail.internet.MimeUtility.unfold(headerValue));
        } catch (java.io.UnsupportedEncodingException e) {
            return headerValue;
        }
    }
}

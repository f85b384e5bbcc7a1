package org.palabre.mail.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.palabre.mail.entity.LoggedMail;

/**
 * The mail drop of the embedded default, with no SMTP server: each mail is kept in the mail log, with a
 * Return-Path header as a receiving server would add, so administrators read it as its recipient would.
 */
@ApplicationScoped
public class MailLogStore implements MailDrop {

    @PersistenceContext
    EntityManager entityManager;

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void deliver(MimeMessage message, String envelopeSender) throws MessagingException {
        if (envelopeSender != null) {
            message.setHeader("Return-Path", "<" + envelopeSender + ">");
        }
        Address[] recipients = message.getAllRecipients();
        String to = recipients == null
                ? ""
                : Arrays.stream(recipients).map(Address::toString).collect(Collectors.joining(", "));
        entityManager.persist(new LoggedMail(to, message.getSubject(), Mailer.raw(message)));
    }

    @Override
    public void close() {
        // nothing held open
    }
}

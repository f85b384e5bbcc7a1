package org.palabre.mail.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.logging.Logger;
import org.palabre.mail.entity.BounceReceived;

/**
 * Where bounces arrive, from whatever read them (an IMAP mailbox, a pipe from the mail server, an administrator's
 * paste). A bounce to a mail's own VERP address names that mail; one to a fixed envelope sender is recognised by
 * its content, and counts only when it names the address and, if it quotes one, a Message-ID of this site.
 * Messages that are no bounce (an out-of-office reply) are dropped. The members' scores are kept above, in mailing.
 */
@ApplicationScoped
public class Bounces {

    private static final Logger LOG = Logger.getLogger(Bounces.class.getName());

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    BounceTokens tokens;

    @Inject
    Mailer mailer;

    @Inject
    Event<BounceReceived> received;

    /** A message sent to {@code bounces+<token>@<mail domain>}. */
    @Transactional
    public void receive(String token, byte[] rawMessage) {
        Optional<Bounce> bounce = BounceParser.parse(rawMessage);
        OptionalLong mailId = tokens.mailId(token);
        if (bounce.isEmpty() || mailId.isEmpty()) {
            LOG.fine(() -> "A message to bounce address " + token + " was dropped: "
                    + (bounce.isEmpty() ? "no bounce" : "not a token of this site"));
            return;
        }
        List<?> rows = entityManager
                .createNativeQuery("SELECT o.recipient_id, o.to_address FROM mail_outbox o WHERE o.id = :id")
                .setParameter("id", mailId.getAsLong())
                .getResultList();
        if (rows.isEmpty()) {
            return; // the mail was deleted with its member
        }
        Object[] row = (Object[]) rows.get(0);
        Long accountId = row[0] == null ? null : ((Number) row[0]).longValue();
        String address = row[1] != null ? (String) row[1] : bounce.get().recipient();
        fire(bounce.get(), accountId, address, mailId.getAsLong());
    }

    /** A bounce that came to a fixed envelope sender (PALABRE_MAIL_ENVELOPE_SENDER): known by what it says. */
    @Transactional
    public void receiveUnaddressed(byte[] rawMessage) {
        Optional<Bounce> bounce = BounceParser.parse(rawMessage);
        if (bounce.isEmpty() || bounce.get().recipient() == null) {
            LOG.fine("A message to the envelope sender was dropped: no bounce, or no address named");
            return;
        }
        String original = bounce.get().originalMessageId();
        if (original != null && !original.toLowerCase(Locale.ROOT).endsWith("@" + mailer.mailDomain() + ">")) {
            return; // a bounce of a mail someone else sent from the same mailbox
        }
        fire(bounce.get(), null, bounce.get().recipient(), null);
    }

    private void fire(Bounce bounce, Long accountId, String address, Long mailId) {
        received.fire(new BounceReceived(
                accountId,
                address == null ? null : address.toLowerCase(Locale.ROOT),
                bounce.kind(),
                bounce.status(),
                bounce.diagnostic(),
                mailId,
                Instant.now()));
    }
}

package org.palabre.incoming.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.palabre.incoming.entity.IncomingMail;
import org.palabre.incoming.entity.IncomingOutcome;
import org.palabre.mail.control.Bounces;
import org.palabre.mail.control.IncomingAddress;
import org.palabre.mail.control.MailBody;
import org.palabre.mail.control.MailBodyReader;
import org.palabre.mail.control.Mailer;
import org.palabre.mail.control.ReplyTrimmer;
import org.palabre.security.control.TooManyRequests;

/**
 * The one way in for mail, whichever way it came: claims the message once by its Message-ID, routes it by the
 * address it was sent to, ignores automatic mail and Palabre's own, acts as the sending member would on the
 * site, and answers every refusal with the reason and the member's text. Never throws for what a mail says.
 */
@ApplicationScoped
public class MailReceiver {

    private static final Logger LOG = Logger.getLogger(MailReceiver.class.getName());
    private static final Session PARSING = Session.getInstance(new Properties());

    @Inject
    @ConfigProperty(name = "palabre.mail.in.max-bytes", defaultValue = "20971520")
    int maxBytes;

    @Inject
    IncomingLog log;

    @Inject
    IncomingAddress address;

    @Inject
    Mailer mailer;

    @Inject
    MailPosting posting;

    @Inject
    CategoryAddresses categoryAddresses;

    @Inject
    MailActions actions;

    @Inject
    RefusalAnswers answers;

    @Inject
    Bounces bounces;

    /** Set, every mail leaves with this MAIL FROM: its bounces come back here unaddressed, known by what they say. */
    @Inject
    @ConfigProperty(name = "palabre.mail.envelope-sender")
    Optional<String> envelopeSender;

    /** What became of one message. */
    public record Received(long id, IncomingOutcome outcome, String reason, Long postId) {}

    /**
     * Takes one raw message. Recipients given by the caller (the MTA's envelope recipient) come before those in
     * the headers. Returns empty when the message was received before.
     */
    @ActivateRequestContext
    public Optional<Received> receive(byte[] raw, String arrivedBy, List<String> envelopeRecipients) {
        MimeMessage message;
        try {
            message = new MimeMessage(PARSING, new ByteArrayInputStream(raw));
        } catch (MessagingException e) {
            LOG.info(() -> "Unreadable mail in: " + e.getMessage());
            return Optional.empty();
        }
        boolean tooLarge = raw.length > maxBytes;
        String kept = new String(raw, 0, tooLarge ? Math.min(raw.length, 65_536) : raw.length, StandardCharsets.UTF_8);
        Headers headers = Headers.of(message, raw, envelopeRecipients);
        MailRoute route = MailRoute.of(headers.recipients(), address.local(), domains(), categoryAddresses::categoryOf);
        IncomingMail row = new IncomingMail(
                headers.messageKey(), arrivedBy, headers.sender(), route.address(), headers.subject(), kept);
        Optional<Long> claimed;
        try {
            claimed = log.claim(row);
        } catch (RuntimeException raced) {
            // Another server claimed the same message between our look and our insert; anything else (a database
            // that is down) goes up, so the mailbox keeps the message for the next poll.
            if (log.countAgain(headers.messageKey())) {
                return Optional.empty();
            }
            throw raced;
        }
        if (claimed.isEmpty()) {
            return Optional.empty();
        }
        long id = claimed.get();
        try {
            return act(id, raw, message, headers, route, tooLarge);
        } catch (RuntimeException e) {
            // Claimed, so never acted on again: shown at /admin/mail/incoming with the whole message, not lost.
            LOG.log(Level.SEVERE, "Mail in " + headers.messageKey() + " could not be handled", e);
            return concluded(id, IncomingOutcome.REFUSED, "incoming.refused.failed", null, null, false);
        }
    }

    private Optional<Received> act(
            long id, byte[] raw, MimeMessage message, Headers headers, MailRoute route, boolean tooLarge) {
        if (route.kind() == MailRoute.Kind.BOUNCE) {
            log.conclude(id, IncomingOutcome.BOUNCE, null, null, null, false);
            bounces.receive(route.token(), raw);
            return Optional.of(new Received(id, IncomingOutcome.BOUNCE, null, null));
        }
        Optional<String> ignored = Screening.ignored(message, ownAddress(), domains());
        if (ignored.isPresent() && ignored.get().equals("incoming.ignored.automatic") && envelopeSender.isPresent()) {
            // With VERP off, a bounce is an automatic mail to the fixed sender; Bounces keeps only one of ours.
            log.conclude(id, IncomingOutcome.BOUNCE, null, null, null, false);
            bounces.receiveUnaddressed(raw);
            return Optional.of(new Received(id, IncomingOutcome.BOUNCE, null, null));
        }
        if (ignored.isPresent()) {
            LOG.info(() -> "Mail in " + headers.messageKey() + " ignored: " + ignored.get());
            log.conclude(id, IncomingOutcome.IGNORED, ignored.get(), null, null, false);
            return Optional.of(new Received(id, IncomingOutcome.IGNORED, ignored.get(), null));
        }
        String sender = headers.sender();
        Optional<Long> member = log.memberWriting(sender);
        Long accountId = member.orElse(null);
        try {
            actions.countSender(sender);
        } catch (TooManyRequests limited) {
            // Not answered: answering a flood is how two programs start talking to each other forever.
            return concluded(id, IncomingOutcome.REFUSED, "error.rateLimited", accountId, null, false);
        }
        if (route.kind() == MailRoute.Kind.UNSUBSCRIBE) {
            boolean done = actions.unsubscribe(route.token());
            return done
                    ? concluded(id, IncomingOutcome.ACCEPTED, null, accountId, null, false)
                    : refused(id, sender, accountId, headers.subject(), "incoming.refused.unknownAddress", "", null);
        }
        MailBody body;
        try {
            body = new MailBodyReader().read(message);
        } catch (MessagingException | java.io.IOException unreadable) {
            LOG.info(() -> "Mail in " + headers.messageKey() + " has no readable text: " + unreadable.getMessage());
            return refused(id, sender, accountId, headers.subject(), "incoming.refused.failed", "", null);
        }
        String text = new ReplyTrimmer().trim(body.text());
        if (tooLarge) {
            return refused(
                    id, sender, accountId, headers.subject(), "incoming.refused.tooLarge", text, maxBytes / 1024);
        }
        if (route.kind() == MailRoute.Kind.NONE) {
            return refused(id, sender, accountId, headers.subject(), "incoming.refused.unknownAddress", text, null);
        }
        if (member.isEmpty()) {
            return refused(id, sender, null, headers.subject(), "incoming.refused.unknownSender", text, null);
        }
        MailPosting.Posted posted = posting.post(accountId, route, title(headers.subject()), text, body.attachments());
        if (posted.postId() == null) {
            return refused(id, sender, accountId, headers.subject(), posted.refusal(), text, posted.argument());
        }
        boolean told =
                !posted.leftOut().isEmpty() && answers.leftOut(sender, accountId, headers.subject(), posted.leftOut());
        return concluded(id, IncomingOutcome.ACCEPTED, null, accountId, posted.postId(), told);
    }

    private Optional<Received> refused(
            long id, String sender, Long accountId, String subject, String key, String text, Object argument) {
        Object[] arguments =
                argument == null ? new Object[0] : argument instanceof Object[] many ? many : new Object[] {argument};
        boolean answered = answers.answer(sender, accountId, subject, new RefusalAnswers.Why(key, arguments), text);
        return concluded(id, IncomingOutcome.REFUSED, RefusalAnswers.known(key), accountId, null, answered);
    }

    private Optional<Received> concluded(
            long id, IncomingOutcome outcome, String reason, Long accountId, Long postId, boolean answered) {
        log.conclude(id, outcome, reason, accountId, postId, answered);
        return Optional.of(new Received(id, outcome, reason, postId));
    }

    /** A subject made a topic title: without the "Re:"/"Fwd:" a mail client may have put before it. */
    static String title(String subject) {
        String title = subject == null ? "" : subject.strip();
        while (title.matches("(?i)^(re|fwd?|tr|aw)\\s*:.*")) {
            title = title.substring(title.indexOf(':') + 1).strip();
        }
        return title;
    }

    private String ownAddress() {
        return mailer.fromAddress();
    }

    private List<String> domains() {
        return List.of(address.domain(), mailer.mailDomain()).stream()
                .distinct()
                .toList();
    }
}

package org.palabre.mail.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * One mail to send. Most hold no content: they are rendered when sent, from the post as it is then, so an
 * edit made before lands and a withdrawal cancels. The worker changes rows with SQL under its lease; this
 * entity is what the administrators' page reads and retries.
 */
@Entity
@Table(name = "mail_outbox")
public class OutboxMail {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private MailPurpose purpose;

    @Column(name = "recipient_id")
    private Long recipientId;

    @Column(name = "to_address")
    private String toAddress;

    @Column(name = "post_id")
    private Long postId;

    private String reason;

    @Enumerated(EnumType.STRING)
    private MailStatus status;

    @Column(name = "send_after")
    private Instant sendAfter;

    private int attempts;

    @Column(name = "last_error")
    private String lastError;

    private String subject;

    @Column(name = "raw_message")
    private String rawMessage;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "give_up_at")
    private Instant giveUpAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    /** Set by the worker that rendered the mail for sending; the daily cap counts it from then. */
    @Column(name = "counted_at", insertable = false, updatable = false)
    private Instant countedAt;

    /** Until when a worker holds the mail; only the outbox's own statements change it. */
    @Column(name = "lease_until", insertable = false, updatable = false)
    private Instant leaseUntil;

    protected OutboxMail() {
        // for JPA
    }

    /** A mail composed in advance, to send as soon as possible. */
    public static OutboxMail composed(String to, String subject, String rawMessage, Duration keepTrying) {
        OutboxMail mail = new OutboxMail();
        mail.purpose = MailPurpose.NOTICE;
        mail.toAddress = to;
        mail.subject = subject;
        mail.rawMessage = rawMessage;
        mail.status = MailStatus.PENDING;
        mail.createdAt = Instant.now();
        mail.sendAfter = mail.createdAt;
        mail.giveUpAt = mail.createdAt.plus(keepTrying);
        return mail;
    }

    /** A mail to a member, rendered when it is sent. */
    public static OutboxMail toMember(
            MailPurpose purpose, long recipientId, Long postId, String reason, Instant sendAfter, Duration keepTrying) {
        OutboxMail mail = new OutboxMail();
        mail.purpose = purpose;
        mail.recipientId = recipientId;
        mail.postId = postId;
        mail.reason = reason;
        mail.status = MailStatus.PENDING;
        mail.createdAt = Instant.now();
        mail.sendAfter = sendAfter;
        mail.giveUpAt = sendAfter.plus(keepTrying);
        return mail;
    }

    /** An administrator sends a dead or failed mail again; it gets a fresh period of attempts. */
    public boolean retry(Duration keepTrying) {
        if (status != MailStatus.DEAD && status != MailStatus.FAILED) {
            return false;
        }
        status = MailStatus.PENDING;
        sendAfter = Instant.now();
        giveUpAt = sendAfter.plus(keepTrying);
        attempts = 0;
        return true;
    }

    public Long id() {
        return id;
    }

    public MailPurpose purpose() {
        return purpose;
    }

    public Long recipientId() {
        return recipientId;
    }

    public String toAddress() {
        return toAddress;
    }

    public Long postId() {
        return postId;
    }

    public String reason() {
        return reason;
    }

    public MailStatus status() {
        return status;
    }

    public Instant sendAfter() {
        return sendAfter;
    }

    public int attempts() {
        return attempts;
    }

    public String lastError() {
        return lastError;
    }

    public String subject() {
        return subject;
    }

    public String rawMessage() {
        return rawMessage;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant giveUpAt() {
        return giveUpAt;
    }

    public Instant sentAt() {
        return sentAt;
    }
}

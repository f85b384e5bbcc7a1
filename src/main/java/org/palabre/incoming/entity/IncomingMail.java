package org.palabre.incoming.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One mail received, kept whole for moderators, with what became of it. Its message key (the Message-ID, or a
 * digest of the message when it has none) is unique: the row is the claim that lets a message act only once.
 */
@Entity
@Table(name = "incoming_mails")
public class IncomingMail {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "message_key")
    private String messageKey;

    @Column(name = "received_at")
    private Instant receivedAt;

    @Column(name = "arrived_by")
    private String arrivedBy;

    private String sender;

    private String recipient;

    private String subject;

    @Enumerated(EnumType.STRING)
    private IncomingOutcome outcome;

    private String reason;

    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "post_id")
    private Long postId;

    private int deliveries;

    private boolean answered;

    @Column(name = "raw_message")
    private String rawMessage;

    protected IncomingMail() {
        // for JPA
    }

    public IncomingMail(
            String messageKey, String arrivedBy, String sender, String recipient, String subject, String rawMessage) {
        this.messageKey = messageKey;
        this.arrivedBy = arrivedBy;
        this.sender = clip(sender, 320);
        this.recipient = clip(recipient, 320);
        this.subject = clip(subject, 500);
        this.rawMessage = rawMessage;
        this.receivedAt = Instant.now();
        this.outcome = IncomingOutcome.RECEIVED;
        this.deliveries = 1;
    }

    public void conclude(IncomingOutcome result, String why, Long account, Long post, boolean wasAnswered) {
        this.outcome = result;
        this.reason = clip(why, 255);
        this.accountId = account;
        this.postId = post;
        this.answered = wasAnswered;
    }

    public void deliveredAgain() {
        deliveries++;
    }

    private static String clip(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }

    public Long id() {
        return id;
    }

    public String messageKey() {
        return messageKey;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public String arrivedBy() {
        return arrivedBy;
    }

    public String sender() {
        return sender;
    }

    public String recipient() {
        return recipient;
    }

    public String subject() {
        return subject;
    }

    public IncomingOutcome outcome() {
        return outcome;
    }

    public String reason() {
        return reason;
    }

    public Long accountId() {
        return accountId;
    }

    public Long postId() {
        return postId;
    }

    public int deliveries() {
        return deliveries;
    }

    public boolean answered() {
        return answered;
    }

    public String rawMessage() {
        return rawMessage;
    }
}

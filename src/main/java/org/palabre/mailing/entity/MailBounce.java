package org.palabre.mailing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.palabre.mail.entity.BounceKind;
import org.palabre.mail.entity.BounceReceived;

/** One bounce as it came, and what it counted for: administrators read them at /admin/mail/bounces. */
@Entity
@Table(name = "mail_bounces")
public class MailBounce {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id")
    private Long accountId;

    private String address;

    @Enumerated(EnumType.STRING)
    private BounceKind kind;

    private String status;

    private String diagnostic;

    @Column(name = "outbox_id")
    private Long outboxId;

    private int points;

    @Column(name = "received_at")
    private Instant receivedAt;

    protected MailBounce() {
        // for JPA
    }

    public MailBounce(Long accountId, BounceReceived bounce, int points) {
        this.accountId = accountId;
        this.address = bounce.recipientAddress();
        this.kind = bounce.kind();
        this.status = bounce.status();
        this.diagnostic = bounce.diagnostic() == null || bounce.diagnostic().length() <= 1000
                ? bounce.diagnostic()
                : bounce.diagnostic().substring(0, 1000);
        this.outboxId = bounce.mailId();
        this.points = points;
        this.receivedAt = bounce.receivedAt();
    }

    public Long id() {
        return id;
    }

    public Long accountId() {
        return accountId;
    }

    public String address() {
        return address;
    }

    public BounceKind kind() {
        return kind;
    }

    public String status() {
        return status;
    }

    public String diagnostic() {
        return diagnostic;
    }

    public Long outboxId() {
        return outboxId;
    }

    public int points() {
        return points;
    }

    public Instant receivedAt() {
        return receivedAt;
    }
}

package org.palabre.mail.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A mail kept inside Palabre instead of being sent, because no SMTP server is configured. */
@Entity
@Table(name = "logged_mails")
@NamedQuery(name = LoggedMail.NEWEST_FIRST, query = "SELECT m FROM LoggedMail m ORDER BY m.loggedAt DESC, m.id DESC")
public class LoggedMail {

    public static final String NEWEST_FIRST = "LoggedMail.newestFirst";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String recipients;

    private String subject;

    @Column(name = "raw_message")
    private String rawMessage;

    @Column(name = "logged_at")
    private Instant loggedAt;

    protected LoggedMail() {
        // for JPA
    }

    public LoggedMail(String recipients, String subject, String rawMessage) {
        this.recipients = recipients;
        this.subject = subject;
        this.rawMessage = rawMessage;
        this.loggedAt = Instant.now();
    }

    public Long id() {
        return id;
    }

    public String recipients() {
        return recipients;
    }

    public String subject() {
        return subject;
    }

    public String rawMessage() {
        return rawMessage;
    }

    public Instant loggedAt() {
        return loggedAt;
    }
}

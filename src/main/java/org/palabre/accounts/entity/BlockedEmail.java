package org.palabre.accounts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;

/** The address of a deleted spammer, kept only as a hash of its normalized form, so sign-up can refuse it. */
@Entity
@Table(name = "blocked_emails")
public class BlockedEmail {

    @Id
    @Column(name = "email_hash")
    private String emailHash;

    @Column(name = "created_at")
    private Instant createdAt;

    protected BlockedEmail() {
        // for JPA
    }

    public BlockedEmail(String email) {
        this.emailHash = hashOf(email);
        this.createdAt = Instant.now();
    }

    /**
     * SHA-256 of the address as a mailbox receives it: lower case, and without a "+tag" in the local part,
     * the usual way to make many addresses of one mailbox.
     */
    public static String hashOf(String email) {
        String key = Account.loginKey(email);
        int at = key.lastIndexOf('@');
        if (at > 0) {
            String local = key.substring(0, at);
            int plus = local.indexOf('+');
            key = (plus > 0 ? local.substring(0, plus) : local)
                    + key.substring(at).toLowerCase(Locale.ROOT);
        }
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.palabre.security.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.util.Base64;

/** A random key made on first start and kept, so signatures stay valid across restarts and instances. */
@Entity
@Table(name = "site_secrets")
public class SiteSecret {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    private String name;

    @Column(name = "secret_value")
    private String secretValue;

    protected SiteSecret() {
        // for JPA
    }

    public static SiteSecret generate(String name) {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        SiteSecret secret = new SiteSecret();
        secret.name = name;
        secret.secretValue = Base64.getEncoder().encodeToString(key);
        return secret;
    }

    public String name() {
        return name;
    }

    /** The key as stored. */
    public String storedValue() {
        return secretValue;
    }

    public byte[] key() {
        return Base64.getDecoder().decode(secretValue);
    }
}

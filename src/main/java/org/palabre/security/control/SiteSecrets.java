package org.palabre.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.GeneralSecurityException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Hands out the site's named keys, creating each one the first time it is asked for. */
@ApplicationScoped
public class SiteSecrets {

    @Inject
    SiteSecretStore store;

    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

    public byte[] key(String name) {
        return cache.computeIfAbsent(name, store::loadOrCreate);
    }

    /** HMAC-SHA256 of the data under the named key. */
    public byte[] hmac(String name, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(name), "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}

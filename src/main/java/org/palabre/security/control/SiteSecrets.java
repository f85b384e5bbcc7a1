package org.palabre.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Hands out the site's named keys, creating each one the first time it is asked for. */
@ApplicationScoped
public class SiteSecrets {

    @Inject
    SiteSecretStore store;

    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

    public byte[] key(String name) {
        return cache.computeIfAbsent(name, store::loadOrCreate);
    }
}

package org.palabre.security.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who sent a request, for rate limits and logs. Behind load balancers every request comes from a balancer, so
 * their {@code X-Forwarded-For} is read; only theirs ({@code palabre.trusted.proxies}), since anyone can send the
 * header. The one place that answers this for rate limits and logs (OperatorEndpoints alone reads the socket, since
 * it wants this machine and no forwarded request at all).
 */
@ApplicationScoped
public class ClientAddresses {

    @Inject
    @ConfigProperty(name = "palabre.trusted.proxies")
    Optional<String> trustedProxies;

    private TrustedProxies proxies;

    @PostConstruct
    void readProxies() {
        proxies = trustedProxies.map(TrustedProxies::parse).orElse(TrustedProxies.NONE);
    }

    public String of(HttpServletRequest request) {
        if (proxies.isEmpty()) {
            return request.getRemoteAddr();
        }
        return proxies.client(request.getRemoteAddr(), Collections.list(request.getHeaders("X-Forwarded-For")));
    }
}

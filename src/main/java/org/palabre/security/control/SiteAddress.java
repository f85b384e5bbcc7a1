package org.palabre.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where Palabre is reached from outside. Mails need absolute links, cookies need to know about https, and
 * the same-origin check needs the origin; without {@code palabre.base.url} the request's own host is used.
 */
@ApplicationScoped
public class SiteAddress {

    @Inject
    @ConfigProperty(name = "palabre.base.url")
    Optional<String> configuredBaseUrl;

    /** The base URL with no trailing slash, for links in mail. */
    public String baseUrl() {
        return configuredBaseUrl.map(SiteAddress::withoutTrailingSlash).orElse("http://localhost:8080");
    }

    public boolean isHttps() {
        return configuredBaseUrl.map(url -> url.startsWith("https:")).orElse(false);
    }

    /** The origin (scheme, host, port) that forms and scripts of this site send requests from. */
    public String originOf(HttpServletRequest request) {
        if (configuredBaseUrl.isPresent()) {
            return origin(URI.create(configuredBaseUrl.get()));
        }
        StringBuffer url = request.getRequestURL();
        return origin(URI.create(url.toString()));
    }

    public static String origin(URI uri) {
        int port = uri.getPort();
        boolean defaultPort = port == -1
                || ("http".equals(uri.getScheme()) && port == 80)
                || ("https".equals(uri.getScheme()) && port == 443);
        return uri.getScheme() + "://" + uri.getHost() + (defaultPort ? "" : ":" + port);
    }

    private static String withoutTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}

package org.palabre.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where Palabre is reached from outside. Mails need absolute links, cookies need to know about https, and
 * the same-origin check needs the origin.
 *
 * <p>Without {@code palabre.base.url}, links point to {@code http://localhost:<port>}, the port this server
 * listens on: right for the person trying Palabre on their own machine, and never taken from a request. A link
 * built from the request's Host header would let anyone who can send a request choose where a password-reset or
 * verification mail sent to someone else points (Host-header injection); a server reached by others sets the
 * base URL. The same-origin check alone compares against the request's own address, which is safe: it only
 * accepts what the browser itself says it came from.
 */
@ApplicationScoped
public class SiteAddress {

    @Inject
    @ConfigProperty(name = "palabre.base.url")
    Optional<String> configuredBaseUrl;

    private volatile String listeningBaseUrl;

    /** The base URL with no trailing slash, for links in mail and pages. */
    public String baseUrl() {
        return configuredBaseUrl.map(SiteAddress::withoutTrailingSlash).orElseGet(this::listeningBaseUrl);
    }

    /** Whether the base URL comes from configuration rather than from the port this server listens on. */
    public boolean isConfigured() {
        return configuredBaseUrl.isPresent();
    }

    private String listeningBaseUrl() {
        if (listeningBaseUrl == null) { // the port does not change while the server runs
            listeningBaseUrl = "http://localhost:" + ListeningPort.ofThisServer();
        }
        return listeningBaseUrl;
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

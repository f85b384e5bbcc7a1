package org.palabre.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a rendering engine, for client-side tests: keeps cookies like a browser, does not
 * follow redirects (so tests see them), and fills in a form's anti-forgery token from the page it came from.
 */
public final class WebClient {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]*)\"");

    private final URI base;
    private final HttpClient http;
    private final CookieManager cookies = new CookieManager();
    private String acceptLanguage = "fr";

    public WebClient(URI base) {
        this.base = base;
        // Plain HTTP/1.1, as browsers speak to Palabre over cleartext: the client's attempt to upgrade to HTTP/2
        // now and then failed with a frame-size protocol error that no user meets.
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** For in-container tests: the client is signed in with a session opened by the test itself. */
    public WebClient withSession(String sessionToken) {
        java.net.HttpCookie cookie = new java.net.HttpCookie("palabre_session", sessionToken);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(base, cookie);
        return this;
    }

    public WebClient speaking(String language) {
        this.acceptLanguage = language;
        return this;
    }

    public URI uri(String path) {
        return base.resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET().build());
    }

    /** Fetches the form's page, then posts the fields with the page's anti-forgery token. */
    public HttpResponse<String> submit(String formPage, String action, Map<String, String> fields) {
        String token = csrfTokenIn(get(formPage).body());
        Map<String, String> withToken = new LinkedHashMap<>(fields);
        withToken.put("_csrf", token);
        return post(action, withToken);
    }

    /** Posts exactly these fields, as a form from this site would (same Origin). */
    public HttpResponse<String> post(String path, Map<String, String> fields) {
        return send(request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", origin())
                .POST(HttpRequest.BodyPublishers.ofString(encode(fields)))
                .build());
    }

    public HttpResponse<String> send(HttpRequest request) {
        return send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** An answer whose body is bytes (a stored file), not text. */
    public HttpResponse<byte[]> bytes(HttpRequest request) {
        return send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return http.send(request, body);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends the request and answers once the headers are in, the body then read line by line as it comes. */
    public HttpResponse<java.util.stream.Stream<String>> lines(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofLines());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(uri(path)).header("Accept-Language", acceptLanguage);
    }

    public String origin() {
        return base.getScheme() + "://" + base.getHost() + ":" + base.getPort();
    }

    public static String csrfTokenIn(String html) {
        Matcher matcher = CSRF_FIELD.matcher(html);
        if (!matcher.find()) {
            throw new AssertionError("no anti-forgery token in the page");
        }
        return matcher.group(1);
    }

    public static String encode(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}

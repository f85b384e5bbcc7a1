package org.palabre.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Anti-forgery tokens for forms, as a signed double-submit cookie: the browser holds a random value in an
 * HttpOnly cookie, and every form carries an HMAC of that value and of the signed-in session it belongs to.
 *
 * <p>No server-side state is needed for anonymous visitors (so no session per visitor), a site that can
 * plant cookies cannot forge a token without the site key, and signing in (which starts a new session)
 * invalidates every token issued before.
 */
@ApplicationScoped
public class CsrfTokens {

    public static final String COOKIE = "palabre_csrf";
    public static final String FORM_FIELD = "_csrf";
    /** The signed-in session's cookie, which tokens are bound to (see MemberSessions). */
    public static final String SESSION_COOKIE = "palabre_session";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

    @Inject
    SiteSecrets secrets;

    /**
     * Set on a request whose answer holds a form token: that answer belongs to one browser, so no cache may
     * give it to another.
     */
    public static final String TOKEN_SHOWN = CsrfTokens.class.getName() + ".shown";

    @Inject
    CsrfCookies cookies;

    /**
     * The token the current request's forms must carry. The cookie it is derived from is issued here, the first
     * time a page needs one, so pages without a form (most pages a visitor reads) set no cookie and can be shared.
     */
    public String tokenFor(HttpServletRequest request) {
        // A moderator's topic page asks once per post (two forms each): the token is derived once per request,
        // and again only if the request issued a cookie since (signing in or out replaces the ones it stands on).
        if (request.getAttribute(TOKEN_SHOWN) instanceof Shown shown
                && shown.cookieChanges() == Cookies.changes(request)) {
            return shown.token();
        }
        if (cookieValue(request).isEmpty()) {
            cookies.issueLater(request);
        }
        String cookie = cookieValue(request).orElse("");
        String session = Cookies.value(request, SESSION_COOKIE).orElse("");
        String token = cookie.isEmpty() ? "" : sign(cookie, session);
        request.setAttribute(TOKEN_SHOWN, new Shown(Cookies.changes(request), token));
        return token;
    }

    private record Shown(int cookieChanges, String token) {}

    private String expectedToken(HttpServletRequest request) {
        String session = Cookies.value(request, SESSION_COOKIE).orElse("");
        return cookieValue(request).map(value -> sign(value, session)).orElse("");
    }

    public boolean isValid(HttpServletRequest request, String submittedToken) {
        if (submittedToken == null || submittedToken.isEmpty()) {
            return false;
        }
        String expected = expectedToken(request);
        return !expected.isEmpty()
                && MessageDigest.isEqual(
                        expected.getBytes(StandardCharsets.US_ASCII),
                        submittedToken.getBytes(StandardCharsets.US_ASCII));
    }

    static String newCookieValue() {
        byte[] value = new byte[24];
        RANDOM.nextBytes(value);
        return BASE64.encodeToString(value);
    }

    static Optional<String> cookieValue(HttpServletRequest request) {
        return Cookies.value(request, COOKIE).filter(value -> value.length() == 32);
    }

    private String sign(String cookieValue, String sessionId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secrets.key("csrf"), "HmacSHA256"));
            byte[] signature = mac.doFinal((cookieValue + "|" + sessionId).getBytes(StandardCharsets.UTF_8));
            return BASE64.encodeToString(signature);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}

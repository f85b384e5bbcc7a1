package org.palabre.accounts.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.Optional;
import org.palabre.accounts.entity.Account;
import org.palabre.accounts.entity.Role;
import org.palabre.security.control.Cookies;
import org.palabre.security.control.CsrfTokens;
import org.palabre.security.control.SiteAddress;
import org.palabre.web.control.PageReader;
import org.palabre.web.control.Refusal;
import org.palabre.web.control.SignInRequired;

/** Who is signed in on this request: the member whose session token the browser's cookie holds. */
@RequestScoped
public class CurrentAccount implements PageReader {

    static final String COOKIE = CsrfTokens.SESSION_COOKIE;

    @Inject
    HttpServletRequest request;

    @Inject
    MemberSessions sessions;

    @Inject
    SiteAddress siteAddress;

    private Optional<Account> account;

    @Inject
    ApiTokens apiTokens;

    /**
     * The member signed in by session cookie, or, under /api only, by a personal token in the
     * Authorization header (which a browser never sends by itself, so such requests need no CSRF token).
     */
    public Optional<Account> get() {
        if (account == null) {
            String authorization = request.getHeader("Authorization");
            if (request.getRequestURI().startsWith("/api/")
                    && authorization != null
                    && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
                account = apiTokens.accountFor(authorization.substring(7).strip());
            } else {
                account = Cookies.value(request, COOKIE).flatMap(sessions::accountFor);
            }
            // A suspension takes effect at once: sessions and tokens it finds open nothing until it ends.
            Instant now = Instant.now();
            account = account.filter(a -> isAdmitted(a, now));
        }
        return account;
    }

    /** Whether a session or token of this account opens anything now: not while it is closed or suspended. */
    public static boolean isAdmitted(Account account, Instant now) {
        return account.isActive() && !account.standing().isSuspended(now);
    }

    /** The token of this browser's session, to keep it when the member's other sessions are closed. */
    @Override
    public Optional<PageReader.SignedIn> signedIn() {
        return get().map(member -> new PageReader.SignedIn(
                member.id(),
                member.username(),
                member.language(),
                member.timeZone(),
                member.has(Role.ADMIN),
                member.has(Role.MODERATOR)));
    }

    public String sessionToken() {
        return Cookies.value(request, COOKIE).orElse(null);
    }

    public boolean isSignedIn() {
        return get().isPresent();
    }

    public boolean isAdmin() {
        return get().map(a -> a.has(Role.ADMIN)).orElse(false);
    }

    /**
     * The signed-in account if it has the role. A reader who is not signed in is sent to the sign-in page
     * (or gets a 401 from the API); a member without the role gets a 403.
     */
    public Account require(Role role) {
        Account signedIn = get().orElseThrow(() -> {
            String query = request.getQueryString();
            return new SignInRequired(request.getRequestURI() + (query == null ? "" : "?" + query));
        });
        if (!signedIn.has(role)) {
            throw Refusal.forbidden("access.forbidden");
        }
        return signedIn;
    }

    /** Starts a new session (any previous one in this browser ends), with a cookie for this browser. */
    public void signIn(Account signedIn, boolean remember, HttpServletResponse response) {
        Cookies.value(request, COOKIE).ifPresent(sessions::close);
        String token = sessions.open(signedIn, remember);
        Cookies.issued(request, COOKIE, token);
        response.addHeader(
                "Set-Cookie",
                Cookies.header(
                        COOKIE, token, remember ? MemberSessions.REMEMBERED.toSeconds() : null, siteAddress.isHttps()));
        account = Optional.of(signedIn);
    }

    public void signOut(HttpServletResponse response) {
        Cookies.value(request, COOKIE).ifPresent(sessions::close);
        Cookies.issued(request, COOKIE, "");
        response.addHeader("Set-Cookie", Cookies.header(COOKIE, "", 0L, siteAddress.isHttps()));
        account = Optional.empty();
    }
}

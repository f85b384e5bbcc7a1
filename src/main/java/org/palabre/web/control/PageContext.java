package org.palabre.web.control;

import gg.jte.Content;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.palabre.markdown.control.ProxiedImages;
import org.palabre.security.control.CsrfTokens;

/** What every page template needs about the request it answers: language, reader, form token. */
@RequestScoped
public class PageContext {

    @Inject
    HttpServletRequest request;

    @Inject
    LanguageChoice languageChoice;

    @Inject
    CsrfTokens csrfTokens;

    @Inject
    PageReader reader;

    @Inject
    Instance<UnreadCount> unreadCount;

    @Inject
    Instance<StoppedMail> stoppedMail;

    @Inject
    ProxiedImages proxiedImages;

    @Inject
    @ConfigProperty(name = "palabre.site.name", defaultValue = "Palabre")
    String siteName;

    @Inject
    @ConfigProperty(name = "palabre.site.time-zone", defaultValue = "Europe/Paris")
    String siteTimeZone;

    private Messages messages;
    private Long unreadNotifications;
    private Boolean mailStopped;
    private ReaderTimes times;

    public Messages messages() {
        if (messages == null) {
            messages = Messages.in(languageChoice.choose(request));
        }
        return messages;
    }

    /** Shorthand for templates: {@code ${page.t("nav.home")}}. */
    public String t(String key, Object... arguments) {
        return messages().get(key, arguments);
    }

    /**
     * A stored sentence whose {@code {message.key}} parts, or {@code {message.key|argument|...}} parts, are said in
     * the reader's language; other text stays as written. The moderation log keeps what a staff member chose (a
     * role, a setting, a number of days) this way, so each reader sees it in their own language rather than as a
     * code or as English.
     */
    public String expand(String stored) {
        if (stored == null || stored.indexOf('{') < 0) {
            return stored;
        }
        Matcher key = STORED_KEY.matcher(stored);
        StringBuilder out = new StringBuilder();
        while (key.find()) {
            String found = key.group(1);
            Object[] arguments = key.group(2).isEmpty()
                    ? new Object[0]
                    : key.group(2).substring(1).split("\\|", -1);
            key.appendReplacement(
                    out, Matcher.quoteReplacement(messages().has(found) ? t(found, arguments) : key.group()));
        }
        return key.appendTail(out).toString();
    }

    private static final Pattern STORED_KEY =
            Pattern.compile("\\{([a-zA-Z][a-zA-Z0-9_]*(?:\\.[a-zA-Z0-9_-]+)+)((?:\\|[^{}|]*)*)\\}");

    /** Stored markdown HTML as readers get it ({@link ProxiedImages}): {@code $unsafe{page.cooked(post.cooked())}}. */
    public String cooked(String stored) {
        return proxiedImages.shown(stored);
    }

    public String lang() {
        return messages().locale().getLanguage();
    }

    public String siteName() {
        return siteName;
    }

    public String csrfField() {
        return CsrfTokens.FORM_FIELD;
    }

    public String csrfToken() {
        return csrfTokens.tokenFor(request);
    }

    /**
     * This request's instance itself rather than the CDI proxy that stands for it: a template calls the page
     * context thousands of times while it renders, and each call through the proxy looks the instance up again.
     */
    public PageContext unproxied() {
        return this;
    }

    public Optional<PageReader.SignedIn> account() {
        return reader.signedIn();
    }

    /** The signed-in member's unread notifications, for the header; counted once per request. */
    public long unreadNotifications() {
        if (unreadNotifications == null) {
            unreadNotifications = account().isPresent() && unreadCount.isResolvable()
                    ? unreadCount.get().ofSignedInReader()
                    : 0L;
        }
        return unreadNotifications;
    }

    /** Whether mail to the signed-in member's address stopped after bounces: the layout says so, once per request. */
    public boolean mailStopped() {
        if (mailStopped == null) {
            mailStopped = account().isPresent()
                    && stoppedMail.isResolvable()
                    && stoppedMail.get().forSignedInReader();
        }
        return mailStopped;
    }

    public boolean isAdmin() {
        return account().map(PageReader.SignedIn::admin).orElse(false);
    }

    public boolean isStaff() {
        return account().map(PageReader.SignedIn::staff).orElse(false);
    }

    /** Moments in this reader's language and time zone (the site's for visitors). */
    public ReaderTimes times() {
        if (times == null) {
            String chosen = account().map(PageReader.SignedIn::timeZone).orElse(null);
            times = new ReaderTimes(messages().locale(), ReaderTimes.zone(chosen, siteTimeZone));
        }
        return times;
    }

    /** A moment as text, for a message argument; a page shows moments with {@link #when}. */
    public String time(java.time.Instant instant) {
        return times().text(instant);
    }

    /** {@code ${page.when(post.createdAt())}}: a time element, human-readable, in the reader's zone. */
    public Content when(java.time.Instant instant) {
        return times().element(instant);
    }

    /** The same for a day, where the hour says nothing. */
    public Content day(java.time.Instant instant) {
        return times().dayElement(instant);
    }

    /** A moment to be shown as its day, as an argument of {@link #html}. */
    public ReaderTimes.Day dayOf(java.time.Instant instant) {
        return new ReaderTimes.Day(instant);
    }

    /** A message whose moments become time elements: {@code ${page.html("review.joined", joinedAt)}}. */
    public Content html(String key, Object... arguments) {
        return messages().html(times(), key, arguments);
    }

    /** The path and query of this page, so that a form (language switch, sign-in) can come back to it. */
    public String here() {
        String query = request.getQueryString();
        return request.getRequestURI() + (query == null ? "" : "?" + query);
    }
}

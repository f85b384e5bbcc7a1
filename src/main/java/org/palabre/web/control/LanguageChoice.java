package org.palabre.web.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which language a page speaks: the reader's choice in the language switch (a cookie), else the signed-in
 * member's preference, else their browser's, else the site's.
 */
@ApplicationScoped
public class LanguageChoice {

    public static final String COOKIE = "palabre_lang";
    public static final List<String> SUPPORTED = List.of("fr", "en");

    @Inject
    @ConfigProperty(name = "palabre.site.language", defaultValue = "fr")
    String siteLanguage;

    @Inject
    PageReader reader;

    public Locale choose(HttpServletRequest request) {
        Optional<Locale> chosen = chosenInSwitch(request);
        if (chosen.isPresent()) {
            return chosen.get();
        }
        Optional<String> preferred =
                reader.signedIn().map(PageReader.SignedIn::language).filter(SUPPORTED::contains);
        return preferred.map(Locale::forLanguageTag).orElseGet(() -> browserOrSite(request));
    }

    /** The language of a visitor's page: the same as {@link #choose} for a request with no signed-in member. */
    public Locale forVisitor(HttpServletRequest request) {
        return chosenInSwitch(request).orElseGet(() -> browserOrSite(request));
    }

    private static Optional<Locale> chosenInSwitch(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName()) && SUPPORTED.contains(cookie.getValue())) {
                    return Optional.of(Locale.forLanguageTag(cookie.getValue()));
                }
            }
        }
        return Optional.empty();
    }

    private Locale browserOrSite(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") != null) {
            for (Locale accepted : Collections.list(request.getLocales())) {
                if (SUPPORTED.contains(accepted.getLanguage())) {
                    return Locale.forLanguageTag(accepted.getLanguage());
                }
            }
        }
        return siteLocale();
    }

    private Locale siteLocale;

    /** Made once: most visitors' requests end here, and making a Locale from a tag is not free. */
    private Locale siteLocale() {
        if (siteLocale == null) {
            siteLocale = Locale.forLanguageTag(SUPPORTED.contains(siteLanguage) ? siteLanguage : "fr");
        }
        return siteLocale;
    }
}

package org.palabre.markdown.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.palabre.security.control.SiteSecrets;
import org.palabre.settings.control.SiteSettings;
import org.palabre.settings.entity.SettingChanged;

/**
 * Images from other sites, when the administrators turned the image proxy on: shown from this forum's own address
 * ({@code /uploads/remote/<token>}), which the server fetches, never from the other site.
 *
 * <p>Stored HTML keeps such an image as a link (what the renderer writes, whatever the setting), and pages rewrite
 * the link as they show it. So turning the proxy on or off changes every post at once without rendering any again,
 * mail (which uses the stored HTML) never loads anything, and the signed addresses follow the key they are signed
 * with rather than being frozen into thousands of stored posts.
 *
 * <p>The token carries the address and its HMAC under a key of the site: only addresses written in posts are
 * fetched, so the forum cannot be used to fetch anything someone puts in a URL.
 */
@ApplicationScoped
public class ProxiedImages {

    public static final String PATH = "/uploads/remote/";

    /** What a token looks like: the MAC, a dot, the address (both base64url). */
    public static final String TOKEN = "[A-Za-z0-9_-]{43}\\.[A-Za-z0-9_-]{8,2800}";

    /** Longer addresses stay links. */
    static final int LONGEST_ADDRESS = 2000;

    private static final String KEY = "image-proxy";

    /** An image rendered as a link: the renderer's only anchor of class image-link; its text without further links. */
    private static final Pattern IMAGE_LINK =
            Pattern.compile("<a ([^>]*\\bclass=\"image-link\"[^>]*)>((?:[^<]|</?(?:em|strong|del|code)>)*)</a>");

    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]+|#x[0-9a-fA-F]+|amp|lt|gt|quot|apos);");

    private static final Pattern HREF = Pattern.compile("\\bhref=\"([^\"]*)\"");

    @Inject
    SiteSettings settings;

    @Inject
    SiteSecrets secrets;

    private volatile Boolean on;

    public boolean on() {
        Boolean known = on;
        if (known == null) {
            known = settings.imageProxy();
            on = known;
        }
        return known;
    }

    void changed(@Observes(during = TransactionPhase.AFTER_COMPLETION) SettingChanged changed) {
        if (SiteSettings.IMAGE_PROXY.equals(changed.setting())) {
            on = null;
        }
    }

    /** Stored HTML as readers get it: images from elsewhere shown from here when the proxy is on, else unchanged. */
    public String shown(String html) {
        if (html == null || !on() || !html.contains("image-link")) {
            return html;
        }
        javax.crypto.Mac mac = mac(secrets.key(KEY)); // one per page: making one costs more than using it
        return rewrite(html, address -> PATH + token(mac, address));
    }

    /** The address a token was made for, if this site made it. */
    public Optional<URI> target(String token) {
        return address(secrets.key(KEY), token).flatMap(ProxiedImages::uri);
    }

    static String rewrite(String html, Function<String, String> proxied) {
        Matcher matcher = IMAGE_LINK.matcher(html);
        StringBuilder out = new StringBuilder(html.length());
        while (matcher.find()) {
            Matcher href = HREF.matcher(matcher.group(1));
            String address = href.find() ? unescaped(href.group(1)) : "";
            if (!isRemote(address)) {
                matcher.appendReplacement(out, "$0");
                continue;
            }
            String alt = matcher.group(2).replaceAll("<[^>]*>", "").replace("\"", "&#34;");
            if (unescaped(alt).equals(address)) {
                alt = ""; // an image without a description showed its address: the other site stays unnamed
            }
            String src = proxied.apply(address);
            matcher.appendReplacement(
                    out,
                    Matcher.quoteReplacement("<a href=\"" + src + "\" class=\"upload-image\"><img src=\"" + src
                            + "\" alt=\"" + alt + "\" loading=\"lazy\"></a>"));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    static boolean isRemote(String address) {
        String lower = address.toLowerCase(Locale.ROOT);
        return (lower.startsWith("http://") || lower.startsWith("https://"))
                && address.length() <= LONGEST_ADDRESS
                && uri(address).isPresent();
    }

    static String token(byte[] key, String address) {
        return token(mac(key), address);
    }

    static String token(javax.crypto.Mac mac, String address) {
        byte[] bytes = address.getBytes(StandardCharsets.UTF_8);
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        return base64.encodeToString(mac.doFinal(bytes)) + "." + base64.encodeToString(bytes);
    }

    static Optional<String> address(byte[] key, String token) {
        int dot = token.indexOf('.');
        if (dot < 0 || !token.matches(TOKEN)) {
            return Optional.empty();
        }
        try {
            Base64.Decoder base64 = Base64.getUrlDecoder();
            byte[] given = base64.decode(token.substring(0, dot));
            byte[] address = base64.decode(token.substring(dot + 1));
            return MessageDigest.isEqual(given, mac(key).doFinal(address))
                    ? Optional.of(new String(address, StandardCharsets.UTF_8))
                    : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static javax.crypto.Mac mac(byte[] key) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(key, "HmacSHA256"));
            return mac;
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static Optional<URI> uri(String address) {
        try {
            URI uri = new URI(address);
            return uri.getHost() == null ? Optional.empty() : Optional.of(uri);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** The sanitizer's output escapes with named and numeric entities; an attribute read back is the address. */
    static String unescaped(String attribute) {
        if (attribute.indexOf('&') < 0) {
            return attribute;
        }
        Matcher entity = ENTITY.matcher(attribute);
        StringBuilder out = new StringBuilder(attribute.length());
        while (entity.find()) {
            String name = entity.group(1);
            int codePoint = switch (name) {
                case "amp" -> '&';
                case "lt" -> '<';
                case "gt" -> '>';
                case "quot" -> '"';
                case "apos" -> '\'';
                default ->
                    name.startsWith("#x")
                            ? Integer.parseInt(name.substring(2), 16)
                            : Integer.parseInt(name.substring(1));
            };
            entity.appendReplacement(out, Matcher.quoteReplacement(Character.toString(codePoint)));
        }
        entity.appendTail(out);
        return out.toString();
    }
}

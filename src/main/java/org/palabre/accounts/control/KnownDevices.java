package org.palabre.accounts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.palabre.accounts.entity.Account;
import org.palabre.security.control.SecretTokens;
import org.palabre.security.control.SiteSecrets;

/**
 * Browsers a member signed in from before, recognised by a signed cookie ("device cookie", as OWASP describes
 * them against lockout abuse). When strangers have spent a name's sign-in allowance, its owner's own browser
 * still gets an allowance of its own, so guessing someone's password cannot lock them out. The cookie grants
 * nothing else and names nobody: it is a random nonce and a MAC over it and the account id.
 */
@ApplicationScoped
public class KnownDevices {

    public static final String COOKIE = "palabre_device";

    @Inject
    SiteSecrets secrets;

    /** A cookie value for this browser, after a successful sign-in. */
    public String issue(Account account) {
        String nonce = SecretTokens.generate();
        return nonce + "." + mac(account, nonce);
    }

    /** The device's own key when the cookie was issued for this account, else empty. */
    public Optional<String> recognise(Account account, String cookieValue) {
        if (cookieValue == null || cookieValue.length() > 200) {
            return Optional.empty();
        }
        int dot = cookieValue.indexOf('.');
        if (dot < 1) {
            return Optional.empty();
        }
        String nonce = cookieValue.substring(0, dot);
        byte[] given = cookieValue.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        byte[] expected = mac(account, nonce).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(given, expected) ? Optional.of(account.id() + ":" + nonce) : Optional.empty();
    }

    private String mac(Account account, String nonce) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secrets.key("known-devices"), "HmacSHA256"));
            byte[] signed = mac.doFinal((account.id() + "." + nonce).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(signed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}

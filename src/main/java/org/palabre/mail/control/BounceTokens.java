package org.palabre.mail.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.palabre.security.control.SiteSecrets;

/**
 * The token of a VERP bounce address, {@code bounces+<outbox id>-<mac>@<mail domain>}: it names the outbox mail
 * that bounced, and its MAC under a site key means nobody can make a bounce count against a mail they did not
 * receive. Nothing is stored per mail.
 */
@ApplicationScoped
public class BounceTokens {

    private static final int MAC_BYTES = 16;

    @Inject
    SiteSecrets secrets;

    public String token(long outboxId) {
        byte[] id = ByteBuffer.allocate(8).putLong(outboxId).array();
        return outboxId + "-"
                + Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(Arrays.copyOf(mac(id), 9))
                        .toLowerCase();
    }

    /** The outbox mail a token names, when its MAC holds. */
    public OptionalLong mailId(String given) {
        // some mail servers change the case of an address's local part
        String token = given == null ? null : given.toLowerCase(java.util.Locale.ROOT);
        if (token == null || token.length() > 40 || !token.matches("\\d{1,19}-[a-z0-9_-]{12}")) {
            return OptionalLong.empty();
        }
        long id;
        try {
            id = Long.parseLong(token.substring(0, token.indexOf('-')));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
        boolean genuine = MessageDigest.isEqual(
                token(id).getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                token.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        return genuine ? OptionalLong.of(id) : OptionalLong.empty();
    }

    private byte[] mac(byte[] data) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            // the key of mail links: tokens minted before bounces were read stay valid
            hmac.init(new SecretKeySpec(secrets.key("mail-links"), "HmacSHA256"));
            return Arrays.copyOf(hmac.doFinal(data), MAC_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}

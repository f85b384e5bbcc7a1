package org.palabre.mailing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.palabre.mail.control.BounceTokens;
import org.palabre.mailing.entity.UnsubscribeScope;
import org.palabre.security.control.SiteSecrets;

/**
 * The opaque token of a one-click unsubscribe link: which member, what to stop, and a MAC under a site key so
 * nobody can make one for someone else. Nothing is stored per mail, so sending ten thousand mails writes no
 * token rows; the same member and scope always get the same link.
 */
@ApplicationScoped
public class UnsubscribeLinks {

    private static final byte VERSION = 1;
    private static final int MAC_BYTES = 16;
    private static final int LENGTH = 1 + 8 + 1 + 8 + MAC_BYTES;

    @Inject
    SiteSecrets secrets;

    @Inject
    BounceTokens bounceTokens;

    /** What a valid token asks to stop. */
    public record Request(long accountId, UnsubscribeScope scope, long scopeId) {}

    public String token(long accountId, UnsubscribeScope scope, long scopeId) {
        ByteBuffer token = ByteBuffer.allocate(LENGTH);
        token.put(VERSION).putLong(accountId).put((byte) scope.ordinal()).putLong(scopeId);
        token.put(mac(Arrays.copyOf(token.array(), LENGTH - MAC_BYTES)));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(token.array());
    }

    public Optional<Request> read(String token) {
        if (token == null || token.length() > 64) {
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(token);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (bytes.length != LENGTH || bytes[0] != VERSION) {
            return Optional.empty();
        }
        // The decoder ignores the unused low bits of the last character, so several strings decode to one token:
        // only the one Palabre writes is a link.
        if (!Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).equals(token)) {
            return Optional.empty();
        }
        byte[] signed = Arrays.copyOf(bytes, LENGTH - MAC_BYTES);
        byte[] mac = Arrays.copyOfRange(bytes, LENGTH - MAC_BYTES, LENGTH);
        if (!MessageDigest.isEqual(mac, mac(signed))) {
            return Optional.empty();
        }
        ByteBuffer fields = ByteBuffer.wrap(signed, 1, signed.length - 1);
        long accountId = fields.getLong();
        int scope = fields.get();
        long scopeId = fields.getLong();
        if (scope < 0 || scope >= UnsubscribeScope.values().length) {
            return Optional.empty();
        }
        return Optional.of(new Request(accountId, UnsubscribeScope.values()[scope], scopeId));
    }

    /** The bounce address's token for one outbox mail (VERP), so a bounce names the mail and member it concerns. */
    public String bounceToken(long outboxId) {
        return bounceTokens.token(outboxId);
    }

    private byte[] mac(byte[] data) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(secrets.key("mail-links"), "HmacSHA256"));
            return Arrays.copyOf(hmac.doFinal(data), MAC_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}

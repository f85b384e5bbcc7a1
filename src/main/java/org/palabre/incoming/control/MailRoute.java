package org.palabre.incoming.control;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where a received mail goes, read from the addresses it was sent to: a Reply-To address with a key answers a
 * post, unsubscribe+token stops mail, bounces+token is a delivery report, a category's address starts a topic.
 */
public record MailRoute(Kind kind, String token, String address) {

    public enum Kind {
        REPLY,
        UNSUBSCRIBE,
        BOUNCE,
        NEW_TOPIC,
        NONE
    }

    /** The local parts the outgoing mail announces for bounces and unsubscribing (see PostMailComposer). */
    static final String BOUNCES = "bounces";

    static final String UNSUBSCRIBE = "unsubscribe";

    /**
     * The first recipient that names a route. Reply, unsubscribe and bounce addresses are recognised on any
     * domain the site's mail lives under (the incoming address's and the sending one's); category addresses are
     * looked up whole.
     */
    public static MailRoute of(
            List<String> recipients,
            String replyLocal,
            List<String> domains,
            Function<String, Optional<Long>> categoryByAddress) {
        for (String raw : recipients) {
            String address = raw.strip().toLowerCase(Locale.ROOT);
            int at = address.lastIndexOf('@');
            if (at <= 0) {
                continue;
            }
            String local = address.substring(0, at);
            String domain = address.substring(at + 1);
            int plus = local.indexOf('+');
            if (plus > 0 && domains.contains(domain)) {
                String base = local.substring(0, plus);
                // Tokens keep their case: the unsubscribe and bounce tokens are base64url.
                String token = raw.strip().substring(plus + 1, at);
                if (base.equals(BOUNCES)) {
                    return new MailRoute(Kind.BOUNCE, token, address);
                }
                if (base.equals(UNSUBSCRIBE)) {
                    return new MailRoute(Kind.UNSUBSCRIBE, token, address);
                }
                if (base.equals(replyLocal)) {
                    return new MailRoute(Kind.REPLY, token, address);
                }
            }
            Optional<Long> category = categoryByAddress.apply(address);
            if (category.isPresent()) {
                return new MailRoute(Kind.NEW_TOPIC, String.valueOf(category.get()), address);
            }
        }
        return new MailRoute(Kind.NONE, null, recipients.isEmpty() ? null : recipients.get(0));
    }
}

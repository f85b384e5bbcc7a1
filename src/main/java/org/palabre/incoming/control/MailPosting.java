package org.palabre.incoming.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.palabre.mail.control.MailAttachment;
import org.palabre.mailing.control.ReplyKeys;
import org.palabre.security.control.TooManyRequests;
import org.palabre.web.control.InvalidInput;
import org.palabre.web.control.PublicPages;
import org.palabre.web.control.Refusal;

/**
 * A member's mail made a post: the reply address opened (or the category's address read), the member's mail
 * counted, the files taken in, then the reply or the new topic published as on the site. The files are taken only
 * once the mail is known to be allowed, and a refused file leaves the post without it, never the post refused.
 */
@ApplicationScoped
public class MailPosting {

    @Inject
    ReplyKeys replyKeys;

    @Inject
    MailActions actions;

    @Inject
    MailFiles files;

    @Inject
    PublicPages publicPages;

    /** The post made, or the refusal's message key and argument; and the files left out of the post. */
    public record Posted(Long postId, String refusal, Object argument, List<MailFiles.LeftOut> leftOut) {

        static Posted refused(String key, Object argument) {
            return new Posted(null, key, argument, List.of());
        }
    }

    public Posted post(long accountId, MailRoute route, String title, String text, List<MailAttachment> attached) {
        try {
            Long parentId = null;
            if (route.kind() == MailRoute.Kind.REPLY) {
                ReplyKeys.Opened opened = replyKeys.open(route.token());
                if (!opened.opens()) {
                    return Posted.refused(opened.problem(), null);
                }
                if (opened.key().accountId() != accountId) {
                    return Posted.refused("incoming.refused.notYourAddress", null);
                }
                parentId = opened.key().postId();
            }
            actions.countMember(accountId);
            MailFiles.Attached taken = files.attach(accountId, attached);
            String raw = taken.appendedTo(text);
            long post = parentId != null
                    ? actions.reply(accountId, parentId, raw)
                    : actions.startTopic(accountId, Long.parseLong(route.token()), title, raw);
            // Made outside any web request: visitors' kept pages must not hide the post.
            publicPages.changed();
            return new Posted(post, null, null, taken.leftOut());
        } catch (Refusal refusal) {
            return Posted.refused(refusal.key(), refusal.arguments());
        } catch (InvalidInput invalid) {
            return Posted.refused(invalid.problems().values().iterator().next(), invalid.argument());
        } catch (TooManyRequests limited) {
            return Posted.refused("error.rateLimited", limited.waitSeconds());
        }
    }
}

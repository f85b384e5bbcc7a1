package org.palabre.mailing.control;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.palabre.mail.entity.MailPurpose;
import org.palabre.mailing.entity.UnsubscribeScope;
import org.palabre.notifications.entity.NotificationKind;

/**
 * Everything a mail about one post says, read from the database when the mail is due: the post as it is
 * then, its topic and category, and the recipient's language, time zone and unsubscribe link.
 */
public record PostMail(
        Site site,
        Recipient recipient,
        MailPurpose purpose,
        NotificationKind reason,
        long postId,
        int postNumber,
        Long parentPostId,
        Integer parentPostNumber,
        String raw,
        String mailHtml,
        Instant postedAt,
        String authorName,
        long topicId,
        String topicTitle,
        String topicPath,
        String categoryName,
        String categorySlug,
        UnsubscribeScope unsubscribeScope,
        String unsubscribeToken,
        String bounceToken) {

    /** The forum sending: its name, address for links, and the domain of its mail address. */
    public record Site(String name, String baseUrl, String mailDomain, String installation) {

        public Site(String name, String baseUrl, String mailDomain) {
            this(name, baseUrl, mailDomain, "");
        }
    }

    public record Recipient(long id, String email, Locale language, ZoneId timeZone) {}

    /**
     * The Message-ID of a post's mails: the first post's names the whole topic, which every reply refers to.
     * The installation's id follows the number, so two forums sending from one mail domain never collide.
     */
    public static String messageId(long topicId, Long postId, int postNumber, Site site) {
        String installation = site.installation().isEmpty() ? "" : "." + site.installation();
        return postNumber == 1 || postId == null
                ? "<topic." + topicId + installation + "@" + site.mailDomain() + ">"
                : "<post." + postId + installation + "@" + site.mailDomain() + ">";
    }
}

package org.palabre.mailing.control;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.Map;
import org.palabre.mail.control.HeaderText;
import org.palabre.mail.control.OutgoingMail;
import org.palabre.mail.entity.MailPurpose;
import org.palabre.web.control.Messages;

/**
 * Writes the mail about one post: subject "[Category] Topic title", From "Author via Site", the threading and
 * list headers (RFC 2369, 2919, 8058), a plain-text part with the markdown as written and a simple HTML part with
 * the rendered post, and a footer saying why the mail came and how to stop it. Pure: the same facts give the same mail.
 */
public final class PostMailComposer {

    private PostMailComposer() {}

    /** The mail, and the envelope sender (VERP) that bounces will come back to. */
    public record Composed(OutgoingMail mail, String envelopeSender) {}

    public static Composed compose(PostMail post) {
        PostMail.Site site = post.site();
        Messages texts = Messages.in(post.recipient().language());
        String domain = site.mailDomain();
        String subject = "[" + post.categoryName() + "] " + post.topicTitle();
        String postUrl = site.baseUrl() + post.topicPath() + "/" + post.postNumber();
        String unsubscribeUrl = site.baseUrl() + "/mail/unsubscribe/" + post.unsubscribeToken();
        String preferencesUrl = site.baseUrl() + "/preferences/mail";
        String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(texts.locale())
                .withZone(post.recipient().timeZone())
                .format(post.postedAt());
        String wrote = texts.get("mail.post.wrote", post.authorName(), when);
        String why = post.purpose() == MailPurpose.MAILING_LIST
                ? texts.get("mail.why.MAILING_LIST")
                : texts.get("mail.why." + post.reason().name(), post.authorName(), post.categoryName());
        String stop = texts.get("mail.stop." + post.unsubscribeScope().name());

        String text = wrote + "\n\n" + PlainTextLinks.absolute(post.raw().strip(), site.baseUrl()) + "\n\n-- \n"
                + texts.get("mail.post.open") + " " + postUrl + "\n"
                + why + "\n"
                + stop + " " + unsubscribeUrl + "\n"
                + texts.get("mail.preferences") + " " + preferencesUrl + "\n";

        String html = "<!DOCTYPE html><html lang=\"" + texts.locale().getLanguage()
                + "\"><head><meta charset=\"UTF-8\"><title>"
                + escape(subject) + "</title></head>"
                + "<body style=\"margin:0;padding:16px;font-family:sans-serif;font-size:15px;line-height:1.5;color:#222\">"
                + "<p style=\"color:#555;margin:0 0 1em 0\">" + escape(wrote) + "</p>"
                + "<div>" + post.mailHtml() + "</div>"
                + "<p style=\"margin:1.5em 0\"><a href=\"" + escape(postUrl) + "\">"
                + escape(texts.get("mail.post.openLink")) + "</a></p>"
                + "<hr style=\"border:0;border-top:1px solid #ddd\">"
                + "<p style=\"color:#777;font-size:13px\">" + escape(why) + "<br>"
                + "<a href=\"" + escape(unsubscribeUrl) + "\" style=\"color:#777\">" + escape(stop) + "</a> · "
                + "<a href=\"" + escape(preferencesUrl) + "\" style=\"color:#777\">"
                + escape(texts.get("mail.preferencesLink")) + "</a></p>"
                + "</body></html>";

        String messageId = PostMail.messageId(post.topicId(), post.postId(), post.postNumber(), site);
        String topicRoot = PostMail.messageId(post.topicId(), null, 1, site);
        Map<String, String> headers = new LinkedHashMap<>();
        if (post.postNumber() > 1) {
            String parent = post.parentPostId() == null
                    ? topicRoot
                    : PostMail.messageId(post.topicId(), post.parentPostId(), post.parentPostNumber(), site);
            headers.put("In-Reply-To", parent);
            headers.put("References", parent.equals(topicRoot) ? topicRoot : topicRoot + " " + parent);
        }
        String listName = HeaderText.phrase(post.categoryName() + " (" + site.name() + ")");
        headers.put("List-Id", listName + " <" + listIdentifier(post.categorySlug(), domain) + ">");
        headers.put("List-Archive", "<" + site.baseUrl() + "/c/" + post.categorySlug() + ">");
        headers.put(
                "List-Unsubscribe",
                "<" + unsubscribeUrl + ">, <mailto:unsubscribe+" + post.unsubscribeToken() + "@" + domain + ">");
        headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        headers.put("X-Auto-Response-Suppress", "All");
        if (post.purpose() == MailPurpose.MAILING_LIST) {
            headers.put("Precedence", "list");
        }
        OutgoingMail mail = new OutgoingMail(
                post.recipient().email(),
                subject,
                text,
                html,
                headers,
                texts.get("mail.from", post.authorName(), site.name()),
                messageId);
        return new Composed(mail, "bounces+" + post.bounceToken() + "@" + domain);
    }

    /** The List-Id identifier: the category's slug under the site's mail domain (RFC 2919 needs a dot-atom). */
    static String listIdentifier(String slug, String domain) {
        String safe = slug != null && slug.matches("[a-z0-9][a-z0-9-]{0,49}") ? slug : "category";
        return safe + "." + domain;
    }

    static String escape(String value) {
        StringBuilder escaped = new StringBuilder(value.length() + 16);
        for (char c : value.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}

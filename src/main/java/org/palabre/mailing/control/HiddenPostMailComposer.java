package org.palabre.mailing.control;

import java.util.LinkedHashMap;
import java.util.Map;
import org.palabre.mail.control.OutgoingMail;
import org.palabre.notifications.control.NotificationView;
import org.palabre.web.control.Messages;

/**
 * Writes the mail telling an author that their post was hidden: which post (a link to it, and its text as
 * written), why (the flag reason or the moderator's words, never the flaggers' names or private messages) and what
 * they can do. It comes from the site, not from a member, and does not join the topic's thread. Pure: the same facts
 * give the same mail.
 */
public final class HiddenPostMailComposer {

    private HiddenPostMailComposer() {}

    /** {@code hidingReason} as the notification keeps it: a flag reason's message key in braces, words, or null. */
    public static PostMailComposer.Composed compose(PostMail post, String hidingReason) {
        PostMail.Site site = post.site();
        Messages texts = Messages.in(post.recipient().language());
        String subject = texts.get("mail.hidden.subject", post.categoryName(), post.topicTitle());
        String postUrl = site.baseUrl() + post.topicPath() + "/" + post.postNumber();
        String unsubscribeUrl = site.baseUrl() + "/mail/unsubscribe/" + post.unsubscribeToken();
        String preferencesUrl = site.baseUrl() + "/preferences/mail";
        String what = texts.get("mail.hidden.body", post.topicTitle());
        String why = why(texts, hidingReason);
        String whatNow = texts.get("notifications.hidden.whatNow");
        String because = texts.get("mail.why.YOUR_POST_HIDDEN");
        String stop = texts.get("mail.stop." + post.unsubscribeScope().name());

        String text = what + "\n" + why + "\n\n" + whatNow + "\n\n"
                + texts.get("mail.post.open") + " " + postUrl + "\n\n"
                + quoted(PlainTextLinks.absolute(post.raw(), site.baseUrl())) + "\n\n-- \n"
                + because + "\n"
                + stop + " " + unsubscribeUrl + "\n"
                + texts.get("mail.preferences") + " " + preferencesUrl + "\n";

        String html = "<!DOCTYPE html><html lang=\"" + texts.locale().getLanguage()
                + "\"><head><meta charset=\"UTF-8\"><title>"
                + PostMailComposer.escape(subject) + "</title></head>"
                + "<body style=\"margin:0;padding:16px;font-family:sans-serif;font-size:15px;line-height:1.5;color:#222\">"
                + "<p>" + PostMailComposer.escape(what) + "<br>" + PostMailComposer.escape(why) + "</p>"
                + "<p>" + PostMailComposer.escape(whatNow) + "</p>"
                + "<p><a href=\"" + PostMailComposer.escape(postUrl) + "\">"
                + PostMailComposer.escape(texts.get("mail.post.openLink")) + "</a></p>"
                + "<blockquote style=\"margin:1em 0;padding-left:1em;border-left:3px solid #ddd;color:#555\">"
                + post.mailHtml() + "</blockquote>"
                + "<hr style=\"border:0;border-top:1px solid #ddd\">"
                + "<p style=\"color:#777;font-size:13px\">" + PostMailComposer.escape(because) + "<br>"
                + "<a href=\"" + PostMailComposer.escape(unsubscribeUrl) + "\" style=\"color:#777\">"
                + PostMailComposer.escape(stop) + "</a> · "
                + "<a href=\"" + PostMailComposer.escape(preferencesUrl) + "\" style=\"color:#777\">"
                + PostMailComposer.escape(texts.get("mail.preferencesLink")) + "</a></p>"
                + "</body></html>";

        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(
                "List-Unsubscribe",
                "<" + unsubscribeUrl + ">, <mailto:unsubscribe+" + post.unsubscribeToken() + "@" + site.mailDomain()
                        + ">");
        headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        headers.put("X-Auto-Response-Suppress", "All");
        OutgoingMail mail = new OutgoingMail(
                post.recipient().email(),
                subject,
                text,
                html,
                headers,
                site.name(),
                "<hidden." + post.postId() + "@" + site.mailDomain() + ">");
        return new PostMailComposer.Composed(mail, "bounces+" + post.bounceToken() + "@" + site.mailDomain());
    }

    static String why(Messages texts, String hidingReason) {
        String flagReason = NotificationView.flagReasonKey(hidingReason);
        if (flagReason != null) {
            return texts.get("notifications.hidden.flagReason", texts.get(flagReason));
        }
        return hidingReason == null
                ? texts.get("mail.hidden.noReason")
                : texts.get("notifications.hidden.moderatorReason", hidingReason);
    }

    private static String quoted(String raw) {
        return "> " + raw.strip().replace("\n", "\n> ");
    }
}

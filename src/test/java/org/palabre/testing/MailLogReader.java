package org.palabre.testing;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the mail Palabre kept (no SMTP server configured) the way an administrator does: at /admin/mail/stored. */
public final class MailLogReader {

    private static final Pattern ROW =
            Pattern.compile("<td>([^<]*)</td>\\s*<td><a href=\"/admin/mail/([0-9]+)\">([^<]*)</a></td>");

    private final WebClient admin;

    public MailLogReader(URI base) {
        this.admin = Administrator.signedIn(base);
    }

    /** Ids of the mails to this recipient, newest first. */
    public List<Long> mailsTo(String recipient) {
        Matcher row = ROW.matcher(admin.get("/admin/mail/stored").body());
        List<Long> ids = new ArrayList<>();
        while (row.find()) {
            if (row.group(1).equals(recipient)) {
                ids.add(Long.parseLong(row.group(2)));
            }
        }
        return ids;
    }

    public String page(long id) {
        HttpResponse<String> mail = admin.get("/admin/mail/" + id);
        return mail.body();
    }

    /**
     * The path of the newest link to this recipient that starts with the prefix, as a member would click it:
     * from the mail log, or from the SMTP server when the Payara under test sends through one.
     */
    public String newestLinkPath(String recipient, String pathPrefix) {
        Pattern link = Pattern.compile("https?://[^/\\s]+(" + Pattern.quote(pathPrefix) + "[A-Za-z0-9_-]+)");
        if (SmtpServer.configured()) {
            return ReceivedMail.newestLinkPath(recipient, link);
        }
        for (long id : mailsTo(recipient)) {
            Matcher found = link.matcher(page(id));
            if (found.find()) {
                return found.group(1);
            }
        }
        throw new AssertionError("no mail to " + recipient + " with a link to " + pathPrefix);
    }
}

package org.palabre.incoming.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import org.palabre.accounts.entity.Account;
import org.palabre.mail.control.MailAttachment;
import org.palabre.uploads.control.Uploads;
import org.palabre.uploads.entity.Upload;
import org.palabre.web.control.InvalidInput;

/**
 * A mail's files, taken in through the composer's own path (type from content, images re-encoded without their
 * metadata, limits per type and per day, trust rules), each in a transaction of its own so that one refused file
 * leaves the others and the post alone. What was refused is listed with the site's own reason.
 */
@ApplicationScoped
public class MailFiles {

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    Uploads uploads;

    /** A file left out, and why in the upload form's own words. */
    public record LeftOut(String name, RefusalAnswers.Why why) {}

    /** The markdown showing the files taken (images inline, others as links), and those left out. */
    public record Attached(String markdown, List<LeftOut> leftOut) {

        public String appendedTo(String text) {
            if (markdown.isEmpty()) {
                return text;
            }
            return text == null || text.isBlank() ? markdown : text.strip() + "\n\n" + markdown;
        }
    }

    public Attached attach(long accountId, List<MailAttachment> files) {
        Account sender = entityManager.find(Account.class, accountId);
        List<String> shown = new ArrayList<>();
        List<LeftOut> leftOut = new ArrayList<>();
        for (MailAttachment file : files) {
            String name = file.fileName() == null || file.fileName().isBlank() ? "image" : file.fileName();
            try {
                Upload upload = uploads.accept(sender, name, file.content());
                shown.add(upload.markdown());
            } catch (InvalidInput refused) {
                String key = refused.problems().values().iterator().next();
                Object[] arguments = refused.argument() == null ? new Object[0] : new Object[] {refused.argument()};
                leftOut.add(new LeftOut(name, new RefusalAnswers.Why(key, arguments)));
            }
        }
        return new Attached(String.join("\n\n", shown), leftOut);
    }
}

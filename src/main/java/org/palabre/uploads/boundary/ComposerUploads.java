package org.palabre.uploads.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.palabre.accounts.entity.Account;
import org.palabre.posts.control.ComposerAttachments;
import org.palabre.uploads.control.Uploads;
import org.palabre.uploads.entity.Upload;
import org.palabre.web.control.PageContext;

/**
 * The composer's file input, answered: the upload stored, and what its sender should know in their words.
 *
 * <p>The file is kept in a transaction of its own, committed before the form goes on: a Publish refused with an
 * exception (posting too fast, a category closed meanwhile) rolls back the request's transaction, and the upload row
 * with it, while the bytes stay stored and the composer shows the file's markdown again. Committed first, the row
 * is there: its uploader still sees the file, the next Publish shows it, and if it is never posted the sweep finds
 * and removes it. A refused file rolls back only its own transaction.
 */
@RequestScoped
public class ComposerUploads implements ComposerAttachments {

    @Inject
    Uploads uploads;

    @Inject
    PageContext page;

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Attached attach(Account sender, String sentName, byte[] content) {
        Upload upload = uploads.accept(sender, sentName, content);
        return new Attached(upload.markdown(), note(page, upload));
    }

    /** Images lost every detail of where and with what they were taken; a PDF keeps its own, which are shown. */
    static String note(PageContext page, Upload upload) {
        if (upload.isImage()) {
            return page.t("uploads.imageCleaned");
        }
        if (upload.documentInfo() == null) {
            return page.t("uploads.documentAsSent");
        }
        String details = Arrays.stream(upload.documentInfo().split("\n"))
                .filter(line -> !line.startsWith("unreadable") && !line.startsWith("xmp"))
                .collect(Collectors.joining("; "));
        if (upload.documentInfo().contains("unreadable")) {
            return page.t("uploads.pdfInfoUnreadable");
        }
        return page.t("uploads.pdfKeepsMetadata", details.isEmpty() ? page.t("uploads.pdfNoDetails") : details);
    }
}

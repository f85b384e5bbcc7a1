package org.palabre.posts.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.function.BiFunction;
import org.palabre.accounts.control.CurrentAccount;
import org.palabre.accounts.entity.Role;
import org.palabre.posts.control.ComposerAttachments;
import org.palabre.security.control.MultipartForm;
import org.palabre.web.control.InvalidInput;

/**
 * The composer sent as multipart/form-data, which it is whenever it offers a file input: a chosen file is stored
 * first (whatever button was pressed) and its markdown added to the text, then the form goes on as a form without
 * a file would, "Attach" showing the preview. Everything typed comes back; a refused file comes back as the
 * problem under the file input.
 */
@RequestScoped
public class ComposerForm {

    @Inject
    Instance<ComposerAttachments> attachments;

    @Inject
    CurrentAccount currentAccount;

    @Inject
    ComposerPages composerPages;

    /**
     * {@code handling} is the resource's own form method, given the form's fields, the text (with the new file's
     * markdown) and the intent.
     */
    public Response handle(byte[] body, String contentType, BiFunction<MultipartForm, String, Response> handling) {
        MultipartForm form = MultipartForm.parse(body, contentType);
        String raw = form.field("raw") == null ? "" : form.field("raw");
        var file = form.file("file");
        if (file.isEmpty() || !currentAccount.isSignedIn() || !attachments.isResolvable()) {
            return handling.apply(form, raw);
        }
        try {
            ComposerAttachments.Attached attached = attachments
                    .get()
                    .attach(
                            currentAccount.require(Role.MEMBER),
                            file.get().filename(),
                            file.get().content());
            String joined = raw.isBlank() ? attached.markdown() : raw.stripTrailing() + "\n\n" + attached.markdown();
            composerPages.attached(attached.note(), null);
            return handling.apply(withIntent(form, "upload".equals(form.field("intent")) ? "preview" : null), joined);
        } catch (InvalidInput refused) {
            composerPages.attached(null, refused);
            Response shown = handling.apply(withIntent(form, "preview"), raw);
            return shown.getStatus() == 200
                    ? Response.status(422).entity(shown.getEntity()).build()
                    : shown;
        }
    }

    /** The form's intent, unless the file's outcome decides it (an attached or refused file is shown first). */
    private static MultipartForm withIntent(MultipartForm form, String intent) {
        return intent == null ? form : form.withField("intent", intent);
    }
}

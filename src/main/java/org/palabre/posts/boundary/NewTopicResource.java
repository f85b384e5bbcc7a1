package org.palabre.posts.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.palabre.accounts.control.CurrentAccount;
import org.palabre.accounts.entity.Account;
import org.palabre.accounts.entity.Role;
import org.palabre.categories.control.CategoryPermissions;
import org.palabre.categories.entity.Category;
import org.palabre.posts.control.PostPublisher;
import org.palabre.web.control.PageContext;

/** Starting a topic: pick a category one may write in, a title and the first post, with preview. */
@Path("new-topic")
@Produces("text/html;charset=UTF-8")
@RequestScoped
@Transactional
public class NewTopicResource {

    @Inject
    CurrentAccount currentAccount;

    @Inject
    CategoryPermissions categoryPermissions;

    @Inject
    PostPublisher publisher;

    @Inject
    ComposerPages composerPages;

    @Inject
    PageContext page;

    @Inject
    ComposerForm composerForm;

    @GET
    @Operation(hidden = true)
    public String form(@QueryParam("category") String category) {
        Account author = currentAccount.require(Role.MEMBER);
        return composerPages.renderFor(author, composer(author, category, "", ""));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response create(
            @FormParam("category") String slug,
            @FormParam("title") String title,
            @FormParam("raw") String raw,
            @FormParam("intent") String intent) {
        String typedTitle = title == null ? "" : title.substring(0, Math.min(title.length(), 400));
        if (!currentAccount.isSignedIn()) {
            return composerPages.signedOut(
                    Composer.newTopic(page.t("topics.start"), List.of(), slug, typedTitle, composerPages.typed(raw)));
        }
        Account author = currentAccount.require(Role.MEMBER);
        Composer composer = composer(author, slug, typedTitle, composerPages.typed(raw));
        Category category = writable(author).stream()
                .filter(c -> c.slug().equals(slug))
                .findFirst()
                .orElse(null);
        if (category == null) {
            return Response.status(422)
                    .entity(composerPages.render(
                            composer.withProblems(Map.of("category", "topics.category.invalid"), null)))
                    .build();
        }
        if (!"publish".equals(intent)) {
            return composerPages.preview(composer, raw);
        }
        return composerPages.publish(composer, () -> publisher.startTopic(author, category, title, raw));
    }

    /** The same form carrying a file (ComposerForm): the file is attached, then the form goes on as above. */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(hidden = true)
    public Response createWithFile(byte[] body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType) {
        return composerForm.handle(
                body,
                contentType,
                (form, raw) -> create(form.field("category"), form.field("title"), raw, form.field("intent")));
    }

    private Composer composer(Account author, String category, String title, String raw) {
        List<Category> writable = writable(author);
        if (writable.isEmpty()) {
            throw new ForbiddenException("topics.forbidden");
        }
        String chosen = writable.stream()
                .map(Category::slug)
                .filter(s -> s.equals(category))
                .findFirst()
                .orElse(writable.get(0).slug());
        return Composer.newTopic(page.t("topics.start"), writable, chosen, title, raw);
    }

    private List<Category> writable(Account author) {
        return categoryPermissions.all().stream()
                .filter(c -> categoryPermissions.canWrite(author, c))
                .toList();
    }
}

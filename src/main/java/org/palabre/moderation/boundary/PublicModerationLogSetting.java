package org.palabre.moderation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.palabre.accounts.control.CurrentAccount;
import org.palabre.accounts.entity.Account;
import org.palabre.accounts.entity.Role;
import org.palabre.categories.control.Categories;
import org.palabre.categories.entity.Category;
import org.palabre.moderation.control.ModerationLog;
import org.palabre.moderation.entity.ModerationAction.TargetKind;
import org.palabre.moderation.entity.ModerationActionKind;

/** Administrators choose whether a category shows its moderation log to its readers (off by default). */
@Path("admin/categories/{slug}/moderation-log")
@RequestScoped
@Transactional
public class PublicModerationLogSetting {

    @Inject
    CurrentAccount currentAccount;

    @Inject
    Categories categories;

    @Inject
    ModerationLog log;

    @PersistenceContext
    EntityManager entityManager;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    @Operation(hidden = true)
    public Response choose(@PathParam("slug") String slug, @FormParam("public") String shown) {
        Account admin = currentAccount.require(Role.ADMIN);
        Category found = categories.find(slug).orElseThrow(NotFoundException::new);
        Category category = entityManager.find(Category.class, found.id());
        category.showModerationLog("true".equals(shown));
        log.record(
                entityManager.find(Account.class, admin.id()),
                "true".equals(shown) ? ModerationActionKind.PUBLIC_LOG_SHOWN : ModerationActionKind.PUBLIC_LOG_HIDDEN,
                TargetKind.CATEGORY,
                category.id(),
                category.id(),
                null,
                null);
        return Response.seeOther(URI.create("/admin/categories/" + slug)).build();
    }
}

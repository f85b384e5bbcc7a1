package org.palabre.moderation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BadRequestException;
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
import org.palabre.groups.control.Groups;
import org.palabre.groups.entity.MemberGroup;
import org.palabre.moderation.control.ModerationLog;
import org.palabre.moderation.entity.ModerationAction.TargetKind;
import org.palabre.moderation.entity.ModerationActionKind;

/** Administrators choose the group whose members moderate a category beside the site's moderators (or none). */
@Path("admin/categories/{slug}/moderators")
@RequestScoped
@Transactional
public class CategoryModeratorsSetting {

    @Inject
    CurrentAccount currentAccount;

    @Inject
    Categories categories;

    @Inject
    Groups groups;

    @Inject
    ModerationLog log;

    @PersistenceContext
    EntityManager entityManager;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    @Operation(hidden = true)
    public Response choose(@PathParam("slug") String slug, @FormParam("group") String groupName) {
        Account admin = currentAccount.require(Role.ADMIN);
        Category found = categories.find(slug).orElseThrow(NotFoundException::new);
        Long groupId = null;
        if (groupName != null && !groupName.isBlank()) {
            groupId = groups.find(groupName.strip())
                    .map(MemberGroup::id)
                    .orElseThrow(() -> new BadRequestException("categories.moderators.unknownGroup"));
        }
        Category category = entityManager.find(Category.class, found.id());
        category.moderateBy(groupId);
        log.record(
                entityManager.find(Account.class, admin.id()),
                ModerationActionKind.CATEGORY_MODERATORS_CHOSEN,
                TargetKind.CATEGORY,
                category.id(),
                category.id(),
                null,
                groupId == null ? "{modlog.details.noGroup}" : "{modlog.details.group|" + groupName.strip() + "}");
        return Response.seeOther(URI.create("/admin/categories/" + slug)).build();
    }
}

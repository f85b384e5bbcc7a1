package org.palabre.admin.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Arrays;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.palabre.accounts.control.CurrentAccount;
import org.palabre.accounts.entity.Account;
import org.palabre.accounts.entity.Role;
import org.palabre.categories.control.CategoryPermissions;
import org.palabre.categories.entity.Category;
import org.palabre.moderation.control.ModerationSettings;
import org.palabre.settings.control.SiteSettings;
import org.palabre.settings.entity.RegistrationMode;
import org.palabre.uploads.control.Uploads;
import org.palabre.web.control.Pages;

/** The site settings page, for administrators. */
@Path("admin/settings")
@Produces("text/html;charset=UTF-8")
@RequestScoped
@Transactional
public class SettingsResource {

    @Inject
    CurrentAccount currentAccount;

    @Inject
    SiteSettings settings;

    @Inject
    Pages pages;

    @Inject
    ModerationSettings moderationSettings;

    @Inject
    CategoryPermissions categories;

    @Inject
    Uploads uploads;

    @GET
    @Operation(hidden = true)
    public String page(@QueryParam("saved") String saved) {
        currentAccount.require(Role.ADMIN);
        return pages.render(
                "settings/settings.jte",
                Map.of(
                        "mode",
                        settings.registrationMode().name(),
                        "saved",
                        saved != null,
                        "thresholds",
                        moderationSettings.thresholds(),
                        "categories",
                        categories.all(),
                        "flagThreshold",
                        settings.flagThreshold(),
                        "twoPersonRule",
                        settings.twoPersonRule(),
                        "uploadsStored",
                        uploads.storageUsed(),
                        "imageProxy",
                        settings.imageProxy()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response save(@FormParam("registrationMode") String mode) {
        Account admin = currentAccount.require(Role.ADMIN);
        RegistrationMode chosen = Arrays.stream(RegistrationMode.values())
                .filter(m -> m.name().equals(mode))
                .findFirst()
                .orElseThrow(() -> new jakarta.ws.rs.BadRequestException("settings.unknownMode"));
        settings.chooseRegistrationMode(admin.id(), chosen);
        return Response.seeOther(URI.create("/admin/settings?saved")).build();
    }

    /** Which posts wait for approval, and how long accounts count as new; 0 turns a threshold off. */
    @POST
    @Path("moderation")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response saveModeration(
            @FormParam("approvalYoungerThanDays") String days,
            @FormParam("approvalFewerPostsThan") String posts,
            @FormParam("trustFewerPostsThan") String trustPosts) {
        Account admin = currentAccount.require(Role.ADMIN);
        moderationSettings.choose(
                admin, new ModerationSettings.Thresholds(bounded(days), bounded(posts), bounded(trustPosts)));
        return Response.seeOther(URI.create("/admin/settings?saved")).build();
    }

    @POST
    @Path("moderation/categories/{slug}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response saveCategoryApproval(
            @PathParam("slug") String slug, @FormParam("topicsNeedApproval") String required) {
        Account admin = currentAccount.require(Role.ADMIN);
        Category category = categories.all().stream()
                .filter(c -> c.slug().equals(slug))
                .findFirst()
                .orElseThrow(jakarta.ws.rs.NotFoundException::new);
        moderationSettings.requireApprovalOfTopics(admin, category.id(), "true".equals(required));
        return Response.seeOther(URI.create("/admin/settings?saved")).build();
    }

    /** A count typed in a form: blank or unreadable is 0 (off), never more than 10 000. */
    static int bounded(String typed) {
        try {
            return typed == null || typed.isBlank()
                    ? 0
                    : Math.max(0, Math.min(Integer.parseInt(typed.strip()), 10_000));
        } catch (NumberFormatException e) {
            throw new jakarta.ws.rs.BadRequestException("settings.number.invalid");
        }
    }

    /** How many flags hide a post, and whether long suspensions need a second moderator. */
    @POST
    @Path("flags")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response saveFlagRules(
            @FormParam("flagThreshold") String threshold, @FormParam("twoPersonRule") String twoPersons) {
        Account admin = currentAccount.require(Role.ADMIN);
        int chosen;
        try {
            chosen = Integer.parseInt(threshold == null ? "" : threshold.strip());
        } catch (NumberFormatException e) {
            throw new jakarta.ws.rs.BadRequestException("settings.flagThreshold.invalid");
        }
        settings.chooseModeration(admin.id(), chosen, twoPersons != null);
        return Response.seeOther(URI.create("/admin/settings?saved")).build();
    }

    /** Whether images from other sites are fetched by the server and shown from here, or stay links. */
    @POST
    @Path("images")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response saveImageProxy(@FormParam("imageProxy") String on) {
        Account admin = currentAccount.require(Role.ADMIN);
        settings.chooseImageProxy(admin.id(), on != null);
        return Response.seeOther(URI.create("/admin/settings?saved")).build();
    }
}

package org.palabre.moderation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.palabre.accounts.control.CurrentAccount;
import org.palabre.accounts.entity.Role;
import org.palabre.categories.control.Categories;
import org.palabre.categories.entity.Category;
import org.palabre.moderation.control.ModerationLogEntries;
import org.palabre.moderation.entity.ModerationActionKind;
import org.palabre.web.control.Pages;

/** The staff's moderation log, newest first, filtered by a plain GET form. */
@Path("admin/log")
@Produces("text/html;charset=UTF-8")
@RequestScoped
@Transactional
public class ModerationLogResource {

    @Inject
    CurrentAccount currentAccount;

    @Inject
    ModerationLogEntries entries;

    @Inject
    Categories categories;

    @Inject
    Pages pages;

    @GET
    @Operation(hidden = true)
    public String page(
            @QueryParam("action") String action,
            @QueryParam("actor") String actor,
            @QueryParam("member") String member,
            @QueryParam("category") String category,
            @QueryParam("page") Integer page) {
        currentAccount.require(Role.MODERATOR);
        Long categoryId = null;
        if (category != null && !category.isBlank()) {
            categoryId = categories.find(category.strip()).map(Category::id).orElseThrow(NotFoundException::new);
        }
        String query =
                param("action", action) + param("actor", actor) + param("member", member) + param("category", category);
        return pages.render(
                "moderation/log.jte",
                Map.of(
                        "log",
                        entries.staffLog(actionFilter(action), actor, member, categoryId, page == null ? 1 : page),
                        "actions",
                        entries.actions(),
                        "action",
                        nonNull(action),
                        "actor",
                        nonNull(actor),
                        "member",
                        nonNull(member),
                        "category",
                        nonNull(category),
                        "query",
                        query));
    }

    /** The action a filter names, null for none; a name no action has is refused rather than matching nothing. */
    public static ModerationActionKind actionFilter(String action) {
        if (action == null || action.isBlank()) {
            return null;
        }
        return ModerationActionKind.named(action).orElseThrow(() -> new BadRequestException("modlog.unknownAction"));
    }

    private static String param(String name, String value) {
        return value == null || value.isBlank()
                ? ""
                : "&" + name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}

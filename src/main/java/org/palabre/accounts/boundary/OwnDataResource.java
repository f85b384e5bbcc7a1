package org.palabre.accounts.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.palabre.accounts.control.AccountDeletions;
import org.palabre.accounts.control.AccountExports;
import org.palabre.accounts.control.CurrentAccount;
import org.palabre.accounts.entity.Account;
import org.palabre.accounts.entity.Role;
import org.palabre.web.control.PageContext;
import org.palabre.web.control.Pages;

/** A member's own data, from the preferences page: download all of it, or delete the account. */
@Path("preferences")
@Produces("text/html;charset=UTF-8")
@RequestScoped
@Transactional
public class OwnDataResource {

    @Inject
    CurrentAccount currentAccount;

    @Inject
    AccountExports exports;

    @Inject
    AccountDeletions deletions;

    @Inject
    PreferencesPage preferencesPage;

    @Inject
    Pages pages;

    @Inject
    PageContext page;

    @Context
    HttpServletResponse response;

    @GET
    @Path("export.json")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Response export() {
        Account member = currentAccount.require(Role.MEMBER);
        return Response.ok(exports.of(member))
                .header("Content-Disposition", "attachment; filename=\"palabre-export.json\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    @POST
    @Path("delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response delete(@FormParam("password") String password, @FormParam("posts") String posts) {
        Account member = currentAccount.require(Role.MEMBER);
        Map<String, String> problems = deletions.delete(member, password, posts);
        if (!problems.isEmpty()) {
            Map<String, Object> model = preferencesPage.model(member, problems, "", "");
            model.put("typedPosts", "keep".equals(posts) || "remove".equals(posts) ? posts : "");
            return Response.status(422).entity(preferencesPage.render(model)).build();
        }
        currentAccount.signOut(response);
        return Response.ok(pages.render(
                        "site/notice.jte",
                        Map.of("title", page.t("deletion.done.title"), "text", page.t("deletion.done.text"))))
                .build();
    }
}

package org.palabre.demo.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.palabre.accounts.control.CurrentAccount;
import org.palabre.accounts.entity.Role;
import org.palabre.demo.control.DemoRemoval;
import org.palabre.web.control.Pages;

/** For administrators: what the demo content left, and the one button that removes it, after a confirmation page. */
@Path("admin/demo")
@Produces("text/html;charset=UTF-8")
@RequestScoped
@Transactional
public class DemoContentResource {

    @Inject
    CurrentAccount currentAccount;

    @Inject
    DemoRemoval removal;

    @Inject
    Pages pages;

    @GET
    @Operation(hidden = true)
    public String confirmation(@QueryParam("removed") String removed) {
        currentAccount.require(Role.ADMIN);
        return pages.render("demo/remove.jte", Map.of("present", removal.present(), "removed", removed != null));
    }

    @POST
    @Operation(hidden = true)
    public Response remove() {
        currentAccount.require(Role.ADMIN);
        removal.remove();
        return Response.seeOther(URI.create("/admin/demo?removed")).build();
    }
}

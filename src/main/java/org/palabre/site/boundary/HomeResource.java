package org.palabre.site.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.palabre.web.control.Pages;

@Path("/")
@Produces("text/html;charset=UTF-8")
public class HomeResource {

    @Inject
    Pages pages;

    @GET
    @Operation(hidden = true)
    public String home() {
        return pages.render("site/home.jte");
    }
}

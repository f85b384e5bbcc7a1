package org.palabre.site.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.palabre.security.control.SiteAddress;
import org.palabre.web.control.LanguageChoice;
import org.palabre.web.control.LocalPath;

/** The language switch in every page's header: a small form, so it works without JavaScript. */
@Path("language")
@RequestScoped
@Transactional
public class LanguageResource {

    private static final int ONE_YEAR_SECONDS = 365 * 24 * 3600;

    @Inject
    SiteAddress siteAddress;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response choose(@FormParam("lang") String lang, @FormParam("back") String back) {
        Response.ResponseBuilder redirect = Response.seeOther(URI.create(LocalPath.orHome(back)));
        if (LanguageChoice.SUPPORTED.contains(lang)) {
            redirect.header(
                    "Set-Cookie",
                    LanguageChoice.COOKIE + "=" + lang + "; Path=/; Max-Age=" + ONE_YEAR_SECONDS + "; SameSite=Lax"
                            + (siteAddress.isHttps() ? "; Secure" : ""));
        }
        return redirect.build();
    }
}

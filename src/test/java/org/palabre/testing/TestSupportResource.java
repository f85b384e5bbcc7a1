package org.palabre.testing;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.palabre.setup.control.SetupCode;

/**
 * Deployed only by the test suite: lets client-side tests read what a person would read in the server
 * log. Never part of palabre.war.
 */
@Path("test-support")
public class TestSupportResource {

    @Inject
    SetupCode setupCode;

    @GET
    @Path("setup-code")
    @Produces(MediaType.TEXT_PLAIN)
    public String setupCode() {
        String code = setupCode.current();
        return code == null ? "" : code;
    }
}

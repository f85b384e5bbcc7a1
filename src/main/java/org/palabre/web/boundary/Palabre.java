package org.palabre.web.boundary;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/**
 * Palabre's pages and JSON API. Mounted at the root as a servlet filter in web.xml, so that files under
 * webapp/ (css, js, images) are still served by the container.
 */
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Palabre",
                        version = "1",
                        description =
                                "JSON API of Palabre, a discussion platform for activist collectives. Everything lives under /api."))
public class Palabre extends Application {}

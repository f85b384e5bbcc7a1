package org.palabre.security.boundary;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/** Answers of {@link SecretLink} pages: never kept by a cache, whoever asks. */
@Provider
@SecretLink
public class SecretLinkAnswers implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        response.getHeaders().putSingle("Cache-Control", PrivateAnswers.NO_STORE);
    }
}

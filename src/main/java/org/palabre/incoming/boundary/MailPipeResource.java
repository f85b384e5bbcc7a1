package org.palabre.incoming.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.palabre.incoming.control.MailReceiver;

/**
 * Where a mail server pipes received mail (Postfix: see the README, "Mail in"): the raw message as the body,
 * the shared secret PALABRE_MAIL_IN_SECRET as a Bearer token, the envelope recipient as ?to=. Without a secret
 * configured the pipe does not exist. Answers 202 whatever the mail said, so the mail server never bounces it:
 * refusals are answered by mail.
 */
@Path("mail/in")
@RequestScoped
@Transactional
public class MailPipeResource {

    @Inject
    @ConfigProperty(name = "palabre.mail.in.secret")
    Optional<String> secret;

    @Inject
    @ConfigProperty(name = "palabre.mail.in.max-bytes", defaultValue = "20971520")
    int maxBytes;

    @Inject
    MailReceiver receiver;

    @POST
    @Consumes("*/*")
    @Produces("text/plain;charset=UTF-8")
    @Operation(summary = "Takes one raw RFC 822 message from the mail server; needs the mail-in secret")
    public Response receive(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @QueryParam("to") String to, InputStream body)
            throws IOException {
        String expected = secret.filter(value -> !value.isBlank()).orElseThrow(NotFoundException::new);
        String given = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                ? authorization.substring(7).strip()
                : "";
        if (!MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8))) {
            throw new NotAuthorizedException("Bearer");
        }
        // Past the size limit only the start is read: enough for the headers and the answer saying it was too large.
        byte[] raw = body.readNBytes(maxBytes + 65_536);
        List<String> recipients = to == null || to.isBlank() ? List.of() : List.of(to.strip());
        String outcome = receiver.receive(raw, "pipe", recipients)
                .map(received -> received.outcome().name())
                .orElse("DUPLICATE");
        return Response.accepted(outcome + "\n").build();
    }
}

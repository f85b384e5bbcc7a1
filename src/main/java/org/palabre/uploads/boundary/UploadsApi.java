package org.palabre.uploads.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.palabre.accounts.control.CurrentAccount;
import org.palabre.accounts.entity.Account;
import org.palabre.accounts.entity.Role;
import org.palabre.security.control.MultipartForm;
import org.palabre.uploads.control.Uploads;
import org.palabre.uploads.entity.Upload;
import org.palabre.web.control.InvalidInput;
import org.palabre.web.control.PageContext;

/** Files over JSON: send one (the composer's drag-and-drop and paste use this), list one's own. */
@Path("api/uploads")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Uploads")
@RequestScoped
@Transactional
public class UploadsApi {

    /**
     * path: the address to put in a post's markdown; markdown: the text that shows it; note: what the sender should
     * know (an image's metadata was removed; a PDF's is kept, with what it says).
     */
    public record UploadJson(
            String path,
            String thumbnailPath,
            String name,
            String mediaType,
            long size,
            Integer width,
            Integer height,
            String markdown,
            String note,
            Instant createdAt) {

        static UploadJson of(Upload upload, String note) {
            return new UploadJson(
                    upload.path(),
                    upload.thumbnailPath(),
                    upload.name(),
                    upload.mediaType(),
                    upload.sizeBytes(),
                    upload.width(),
                    upload.height(),
                    upload.markdown(),
                    note,
                    upload.createdAt());
        }
    }

    /** The multipart body: one file part named {@code file}. */
    public record UploadForm(
            @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")
            String file) {}

    @Inject
    CurrentAccount currentAccount;

    @Inject
    Uploads uploads;

    @Inject
    PageContext page;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(
            summary = "Send a file (signed-in members): images come back re-encoded without metadata; the type is "
                    + "read from the content, and limits per type and per day apply")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.MULTIPART_FORM_DATA,
                            schema = @Schema(implementation = UploadForm.class)))
    @APIResponse(
            responseCode = "201",
            description = "Stored",
            content = @Content(schema = @Schema(implementation = UploadJson.class)))
    @APIResponse(
            responseCode = "422",
            description = "Refused: unknown type, too large, daily limit, or an image from a new account")
    public Response send(byte[] body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType) {
        Account sender = currentAccount.require(Role.MEMBER);
        MultipartForm.FilePart file = MultipartForm.parse(body, contentType)
                .file("file")
                .orElseThrow(() -> new InvalidInput(Map.of("file", "uploads.empty")));
        Upload upload = uploads.accept(sender, file.filename(), file.content());
        return Response.created(URI.create(upload.path()))
                .entity(UploadJson.of(upload, ComposerUploads.note(page, upload)))
                .build();
    }

    @GET
    @Operation(summary = "The files the signed-in member sent, newest first")
    public List<UploadJson> mine() {
        return uploads.ownedBy(currentAccount.require(Role.MEMBER)).stream()
                .map(upload -> UploadJson.of(upload, null))
                .toList();
    }
}

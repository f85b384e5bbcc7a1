package org.palabre.uploads.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.palabre.accounts.control.CurrentAccount;
import org.palabre.uploads.control.ByteRange;
import org.palabre.uploads.control.StoredFiles;
import org.palabre.uploads.control.UploadAccess;
import org.palabre.uploads.control.Uploads;
import org.palabre.uploads.entity.Upload;

/**
 * A stored file, to those who may read a post showing it (and its uploader). Anyone else gets 404, as for an
 * address that names nothing, so a guessed address tells nothing of what exists. A file is never run by the
 * browser: nosniff, a sandboxing policy, and anything but an image as a download.
 */
@Path("uploads")
@RequestScoped
@Transactional
public class UploadFilesResource {

    /** A year: the content behind an address never changes (its sha256 is in the address). */
    private static final String FOREVER = "public, max-age=31536000, immutable";

    /** Kept, but asked about each time, so a file that becomes private stops being shown at once. */
    private static final String PRIVATELY = "private, no-cache";

    @Inject
    Uploads uploads;

    @Inject
    UploadAccess access;

    @Inject
    StoredFiles files;

    @Inject
    CurrentAccount currentAccount;

    @GET
    @Path("{prefix: [0-9a-f]{32}}/{name: [A-Za-z0-9_.-]{1,120}}")
    @Operation(hidden = true)
    public Response file(
            @PathParam("prefix") String prefix,
            @PathParam("name") String name,
            @QueryParam("thumbnail") String thumbnail,
            @HeaderParam("Range") String range,
            @HeaderParam("If-None-Match") String ifNoneMatch) {
        List<Upload> candidates = uploads.at(prefix, name);
        UploadAccess.Verdict verdict = access.of(currentAccount.get().orElse(null), candidates);
        if (!verdict.allowed()) {
            throw new NotFoundException();
        }
        Upload upload = candidates.get(0);
        boolean small = thumbnail != null && upload.thumbnailSha256() != null;
        String sha = small ? upload.thumbnailSha256() : upload.sha256();
        long length = size(sha);
        String etag = "\"" + sha.substring(0, Upload.PREFIX_LENGTH) + "\"";
        Response.ResponseBuilder answer;
        if (etag.equals(ifNoneMatch)) {
            answer = Response.notModified();
        } else {
            ByteRange bytes = ByteRange.of(range, length);
            if (bytes == null) {
                answer = Response.status(416).header("Content-Range", "bytes */" + length);
            } else {
                answer = Response.status(bytes.partial() ? 206 : 200)
                        .entity(body(sha, bytes))
                        .header("Content-Length", bytes.length())
                        .header("Content-Type", upload.mediaType());
                if (bytes.partial()) {
                    answer.header("Content-Range", bytes.contentRange(length));
                }
            }
        }
        return answer.header("ETag", etag)
                .header("Accept-Ranges", "bytes")
                .header("Cache-Control", verdict.everyone() ? FOREVER : PRIVATELY)
                .header("X-Content-Type-Options", "nosniff")
                .header(
                        "Content-Security-Policy",
                        "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'")
                .header("Cross-Origin-Resource-Policy", "same-origin")
                .header(
                        "Content-Disposition",
                        (upload.isImage() ? "inline" : "attachment") + "; filename=\"" + upload.name() + "\"")
                .build();
    }

    private long size(String sha) {
        try {
            return files.size(sha).orElseThrow(NotFoundException::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private StreamingOutput body(String sha, ByteRange range) {
        return out -> {
            try (InputStream in = files.open(sha, range.first(), range.length())) {
                long left = range.length();
                byte[] buffer = new byte[64 * 1024];
                while (left > 0) {
                    int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                    if (read < 0) {
                        break;
                    }
                    out.write(buffer, 0, read);
                    left -= read;
                }
            }
        };
    }
}

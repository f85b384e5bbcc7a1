package org.palabre.security.boundary;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** Reading a request body (a form, or JSON) before the resource does, without losing it and without unbounded memory. */
final class RequestBodies {

    /** Larger than any form or JSON body Palabre accepts (a 32,000-character post encodes to at most ~290 KB). */
    static final int MAX_FORM_BYTES = 1024 * 1024;

    /**
     * A form or API request carrying a file (uploads): the largest file any setting allows (30 MB, uploads'
     * UploadLimits.CEILING_BYTES) and the form around it.
     */
    static final int MAX_MULTIPART_BYTES = 31 * 1024 * 1024;

    private RequestBodies() {}

    static byte[] readLimited(InputStream in) throws IOException {
        return readLimited(in, MAX_FORM_BYTES);
    }

    static byte[] readLimited(InputStream in, int max) throws IOException {
        byte[] body = in.readNBytes(max + 1);
        if (body.length > max) {
            throw tooLarge();
        }
        return body;
    }

    /**
     * Refuses a body whose declared length is too large before any of it is read: a client that asked to
     * wait for "100 Continue" (curl does, for large bodies) then gets the answer instead of sending it all.
     */
    static void refuseLargerThan(int declaredLength, int max) {
        if (declaredLength > max) {
            throw tooLarge();
        }
    }

    private static WebApplicationException tooLarge() {
        return new WebApplicationException("request.tooLarge", Response.Status.REQUEST_ENTITY_TOO_LARGE);
    }

    /** The first value of a field in an application/x-www-form-urlencoded body, or null. */
    static String formField(byte[] body, String name) {
        String form = new String(body, StandardCharsets.ISO_8859_1); // field names and tokens are ASCII
        for (String pair : form.split("&")) {
            int equals = pair.indexOf('=');
            String key = equals < 0 ? pair : pair.substring(0, equals);
            if (key.equals(name)) {
                return equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.ISO_8859_1);
            }
        }
        return null;
    }
}

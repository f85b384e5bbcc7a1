package org.palabre.web.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.palabre.web.control.PageContext;
import org.palabre.web.control.Pages;

/** How a failure is shown: a friendly page in the reader's language, or an RFC 9457 problem under /api. */
@RequestScoped
public class ErrorRendering {

    @Inject
    Pages pages;

    @Inject
    PageContext page;

    public String text(String key, Object... arguments) {
        return page.t(key, arguments);
    }

    /** Arguments as the reader reads them: moments in their language and time zone. */
    public Object[] shown(Object[] arguments) {
        Object[] shown = arguments.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof java.time.Instant instant) {
                shown[i] = page.time(instant);
            }
        }
        return shown;
    }

    /** The message key for a status, or for a more specific reason (an exception's message) when known. */
    public String detailKey(int status, String reason) {
        if (reason != null && page.messages().has("error." + reason)) {
            return "error." + reason;
        }
        return page.messages().has("error." + status) ? "error." + status : (status >= 500 ? "error.500" : "error.400");
    }

    public Response.ResponseBuilder render(int status, String detailKey, boolean api) {
        return renderText(status, page.t(detailKey), api);
    }

    /** 422 for the JSON API, with an "errors" member naming each refused field in the reader's words. */
    public Response.ResponseBuilder invalidInput(Map<String, String> problems, Object argument) {
        var errors = Json.createObjectBuilder();
        // Without it, "Too long: {0} characters at most" would reach the reader as written.
        problems.forEach((field, key) -> errors.add(field, argument == null ? page.t(key) : page.t(key, argument)));
        return Response.status(422)
                .type("application/problem+json")
                .entity(Json.createObjectBuilder()
                        .add("type", "about:blank")
                        .add("title", page.t("error.title.422"))
                        .add("status", 422)
                        .add("detail", page.t("error.422"))
                        .add("errors", errors)
                        .build()
                        .toString());
    }

    /** As {@link #render}, with the detail already in the reader's words (it may carry figures). */
    public Response.ResponseBuilder renderText(int status, String detail, boolean api) {
        String titleKey = "error.title." + status;
        String title = page.messages().has(titleKey)
                ? page.t(titleKey)
                : page.t(status >= 500 ? "error.title.500" : "error.title.400");
        if (api) {
            return Response.status(status)
                    .type("application/problem+json")
                    .entity(Json.createObjectBuilder()
                            .add("type", "about:blank")
                            .add("title", title)
                            .add("status", status)
                            .add("detail", detail)
                            .build()
                            .toString());
        }
        return Response.status(status)
                .type("text/html;charset=UTF-8")
                .entity(pages.render("site/error.jte", Map.of("status", status, "title", title, "detail", detail)));
    }
}

package org.palabre.posts.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;
import java.util.function.Supplier;
import org.palabre.posts.control.PostContent;
import org.palabre.posts.control.PostPublisher.Published;
import org.palabre.posts.control.UntoldMentions;
import org.palabre.posts.entity.Post;
import org.palabre.security.control.TooManyRequests;
import org.palabre.web.control.Pages;

/**
 * The composer's round trips without JavaScript: Preview shows the cooked result under the form, Publish
 * saves and goes to the new post; refused input comes back in the form with the reason, nothing typed lost.
 */
@RequestScoped
public class ComposerPages {

    @Inject
    Pages pages;

    @Inject
    PostContent content;

    @Inject
    Instance<UntoldMentions> untoldMentions;

    /** Asks the topic page to tell the author which mentioned members were not notified. */
    public static final String UNNOTIFIED = "unnotified";

    public String render(Composer composer) {
        return pages.render("posts/composer.jte", Map.of("composer", composer));
    }

    /** What was typed, as far as it can ever be accepted (a 1 MB paste is not sent back whole). */
    public String typed(String raw) {
        if (raw == null) {
            return "";
        }
        return raw.length() > content.maxLength() ? raw.substring(0, content.maxLength()) : raw;
    }

    public Response preview(Composer composer, String raw) {
        PostContent.Outcome outcome = content.cook(raw);
        if (outcome.refused()) {
            return Response.status(422)
                    .entity(render(composer.withProblems(Map.of("raw", outcome.problem()), outcome.argument())))
                    .build();
        }
        return Response.ok(render(composer.withPreview(outcome.cooked().html())))
                .build();
    }

    public Response publish(Composer composer, Supplier<Published> publishing) {
        try {
            Published published = publishing.get();
            if (published.refused()) {
                return Response.status(422)
                        .entity(render(composer.withProblems(published.problems(), published.argument())))
                        .build();
            }
            Post post = published.post();
            boolean someoneNotTold =
                    untoldMentions.isResolvable() && untoldMentions.get().anyIn(post, published.facts());
            return Response.seeOther(URI.create(post.path() + (someoneNotTold ? "?" + UNNOTIFIED : "")))
                    .build();
        } catch (TooManyRequests limited) {
            return Response.status(429)
                    .header("Retry-After", limited.waitSeconds())
                    .entity(render(composer.withProblems(Map.of("raw", "posts.tooFast"), limited.waitSeconds())))
                    .build();
        }
    }

    public Response edited(Composer composer, Map<String, String> problems, String postPath) {
        if (!problems.isEmpty()) {
            return Response.status(422)
                    .entity(render(composer.withProblems(problems, content.maxLength())))
                    .build();
        }
        return Response.seeOther(URI.create(postPath)).build();
    }
}

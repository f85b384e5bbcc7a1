package org.palabre.posts.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;
import java.util.function.Supplier;
import org.palabre.accounts.control.WritingRights;
import org.palabre.accounts.entity.Account;
import org.palabre.posts.control.PostContent;
import org.palabre.posts.control.PostPublisher.Published;
import org.palabre.posts.control.UntoldMentions;
import org.palabre.posts.entity.Post;
import org.palabre.security.control.TooManyRequests;
import org.palabre.web.boundary.ErrorRendering;
import org.palabre.web.control.InvalidInput;
import org.palabre.web.control.Pages;
import org.palabre.web.control.Refusal;

/**
 * The composer's round trips without JavaScript: Preview shows the cooked result under the form, Publish
 * saves and goes to the new post; refused input, and every refusal to publish (silenced, closed or archived topic,
 * no right to write there, slow mode, rate limits), comes back in the form with the reason, nothing typed lost.
 */
@RequestScoped
public class ComposerPages {

    @Inject
    Pages pages;

    @Inject
    PostContent content;

    @Inject
    Instance<UntoldMentions> untoldMentions;

    @Inject
    ErrorRendering errors;

    /** Asks the topic page to tell the author which mentioned members were not notified. */
    public static final String UNNOTIFIED = "unnotified";

    /** What happened to a file attached in this request: a note for the uploader, or why it was refused. */
    private String attachedNote;

    private InvalidInput attachmentRefused;

    public String render(Composer composer) {
        Composer shown = attachmentRefused == null
                ? composer
                : composer.withProblems(attachmentRefused.problems(), attachmentRefused.argument());
        return pages.render(
                "posts/composer.jte",
                Map.of("composer", shown, "attachedNote", attachedNote == null ? "" : attachedNote));
    }

    void attached(String note, InvalidInput refused) {
        attachedNote = note;
        attachmentRefused = refused;
    }

    /** The empty form as this author may use it: a silenced member reads why and until when, and cannot type. */
    public String renderFor(Account author, Composer composer) {
        return render(WritingRights.silencing(author)
                .map(refusal -> composer.withNotice(reason(refusal), true))
                .orElse(composer));
    }

    /** The form again with the refusal's reason above it and the text as typed, under the refusal's status. */
    public Response refused(Composer composer, Refusal refusal) {
        return Response.status(refusal.status())
                .entity(render(composer.withNotice(reason(refusal), false)))
                .build();
    }

    /**
     * A form sent by someone no longer signed in (the session ended, or a suspension closed it meanwhile): rather
     * than the sign-in page, the form comes back with why and the text as typed, to copy before signing in (signing
     * in starts a new session, which this page's anti-forgery token does not belong to).
     */
    public Response signedOut(Composer composer) {
        return Response.status(401)
                .entity(render(composer.withNotice(errors.text("composer.signedOut"), false)))
                .build();
    }

    private String reason(Refusal refusal) {
        return errors.text(errors.detailKey(refusal.status(), refusal.key()), errors.shown(refusal.arguments()));
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
        } catch (Refusal refusal) {
            return refused(composer, refusal);
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

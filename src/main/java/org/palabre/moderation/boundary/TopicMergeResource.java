package org.palabre.moderation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.palabre.accounts.control.CurrentAccount;
import org.palabre.accounts.entity.Account;
import org.palabre.accounts.entity.Role;
import org.palabre.moderation.control.MergeCandidates;
import org.palabre.moderation.control.ModerationPermissions;
import org.palabre.moderation.control.TopicSplits;
import org.palabre.posts.control.TopicPages;
import org.palabre.topics.entity.Topic;
import org.palabre.web.control.InvalidInput;
import org.palabre.web.control.Pages;

/**
 * Merging a topic into another, chosen by title: the page lists the recent topics of the same category and finds
 * others by title or pasted address, all with radio buttons, so it works without JavaScript and nobody types an
 * id. A refused choice comes back on the same page, with what was typed and chosen, and says what is wrong.
 */
@Path("moderation/topics/{id: [0-9]{1,18}}/merge")
@Produces("text/html;charset=UTF-8")
@RequestScoped
@Transactional
public class TopicMergeResource {

    @Inject
    CurrentAccount currentAccount;

    @Inject
    TopicPages topicPages;

    @Inject
    ModerationPermissions permissions;

    @Inject
    MergeCandidates candidates;

    @Inject
    TopicSplits splits;

    @Inject
    Pages pages;

    @GET
    @Operation(hidden = true)
    public String form(@PathParam("id") long id, @QueryParam("q") String query) {
        Account actor = currentAccount.require(Role.MEMBER);
        return render(actor, topic(actor, id), query, null, "", null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response merge(
            @PathParam("id") long id,
            @FormParam("target") String target,
            @FormParam("q") String query,
            @FormParam("reason") String reason) {
        Account actor = currentAccount.require(Role.MEMBER);
        Topic topic = topic(actor, id);
        Long targetId = target != null && target.strip().matches("[0-9]{1,18}") ? Long.valueOf(target.strip()) : null;
        try {
            if (targetId == null) {
                throw new InvalidInput(Map.of("target", "moderation.merge.target"));
            }
            return Response.seeOther(
                            URI.create(splits.merge(actor, id, targetId, reason).path()))
                    .build();
        } catch (InvalidInput refused) {
            return Response.status(422)
                    .entity(render(
                            actor,
                            topic,
                            query,
                            targetId,
                            reason,
                            refused.problems().values().iterator().next()))
                    .build();
        }
    }

    private Topic topic(Account actor, long id) {
        Topic topic = topicPages.readable(actor, id).orElseThrow(NotFoundException::new);
        permissions.requireModerator(actor, topic);
        return topic;
    }

    private String render(Account actor, Topic topic, String query, Long chosen, String reason, String problem) {
        List<Topic> found = candidates.search(actor, topic, query);
        Map<String, Object> model = new HashMap<>();
        model.put("topic", topic);
        model.put("query", query == null ? "" : query);
        model.put("found", found);
        model.put("recent", candidates.recent(actor, topic));
        model.put("chosen", chosen == null ? -1L : chosen);
        model.put("reason", reason == null ? "" : reason);
        model.put("problem", problem == null ? "" : problem);
        return pages.render("moderation/merge.jte", model);
    }
}

package org.palabre.watching.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.palabre.accounts.control.CurrentAccount;
import org.palabre.accounts.entity.Account;
import org.palabre.accounts.entity.Role;
import org.palabre.categories.control.Categories;
import org.palabre.categories.entity.Category;
import org.palabre.posts.control.TopicPages;
import org.palabre.topics.entity.Topic;
import org.palabre.watching.control.WatchDefaults;
import org.palabre.watching.control.Watches;
import org.palabre.watching.entity.WatchLevel;

/** The watch control of topic and category pages, and the defaults on the preferences page; forms that work without JavaScript. */
@Path("watches")
@RequestScoped
@Transactional
public class WatchesResource {

    @Inject
    CurrentAccount currentAccount;

    @Inject
    TopicPages topicPages;

    @Inject
    Categories categories;

    @Inject
    Watches watches;

    @Inject
    WatchDefaults defaults;

    @POST
    @Path("topics/{id: [0-9]{1,18}}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response watchTopic(@PathParam("id") long id, @FormParam("level") String level) {
        Account member = currentAccount.require(Role.MEMBER);
        Topic topic = topicPages.readable(member, id).orElseThrow(NotFoundException::new);
        watches.choose(member.id(), Watches.Subject.TOPIC, topic.id(), chosen(level));
        return Response.seeOther(URI.create(topic.path())).build();
    }

    @POST
    @Path("categories/{slug}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response watchCategory(@PathParam("slug") String slug, @FormParam("level") String level) {
        Account member = currentAccount.require(Role.MEMBER);
        Category category = categories.readable(member, slug).orElseThrow(NotFoundException::new);
        watches.choose(member.id(), Watches.Subject.CATEGORY, category.id(), chosen(level));
        return Response.seeOther(URI.create("/c/" + category.slug())).build();
    }

    @POST
    @Path("defaults")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response chooseDefaults(@FormParam("onCreate") String onCreate, @FormParam("onReply") String onReply) {
        Account member = currentAccount.require(Role.MEMBER);
        defaults.choose(member.id(), new WatchDefaults.Chosen(chosen(onCreate), chosen(onReply)));
        return Response.seeOther(URI.create("/preferences?done=watching")).build();
    }

    // The forms offer only the levels: anything else was not typed by a person.
    private static WatchLevel chosen(String level) {
        return WatchLevel.named(level).orElseThrow(() -> new BadRequestException("watching.level.unknown"));
    }
}

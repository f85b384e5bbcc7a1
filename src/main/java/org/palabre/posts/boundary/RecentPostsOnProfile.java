package org.palabre.posts.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.palabre.accounts.boundary.ProfileSection;
import org.palabre.accounts.entity.Account;
import org.palabre.posts.control.AuthoredPosts;

/** The member's latest posts that the reader may see, on their profile. */
@ApplicationScoped
public class RecentPostsOnProfile implements ProfileSection {

    @Inject
    AuthoredPosts authoredPosts;

    @Override
    public void addTo(Map<String, Object> model, Account member, Account reader) {
        model.put("recentPosts", authoredPosts.recent(member, reader, 10));
    }
}

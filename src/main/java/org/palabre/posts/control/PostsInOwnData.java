package org.palabre.posts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.palabre.accounts.control.OwnDataSection;
import org.palabre.accounts.entity.Account;

/** The posts a member wrote, in their data export. */
@ApplicationScoped
public class PostsInOwnData implements OwnDataSection {

    @Inject
    AuthoredPosts posts;

    @Override
    public String key() {
        return "posts";
    }

    @Override
    public List<AuthoredPosts.Exported> of(Account member) {
        return posts.export(member);
    }
}

package org.palabre.posts.control;

import java.util.Set;

/**
 * The categories a member muted, which their topic lists leave out. Muting a category is a watch level, kept by
 * the watching feature above posts, which answers through this port.
 */
public interface MutedCategories {

    Set<Long> of(long accountId);
}

package org.palabre.topics.entity;

/** Where a pinned topic comes first: on its category's page, or on the home page as well. */
public enum PinScope {
    CATEGORY,
    SITE
}

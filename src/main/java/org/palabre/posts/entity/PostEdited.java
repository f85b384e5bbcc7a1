package org.palabre.posts.entity;

/**
 * A post's content was changed (CDI event, fired inside the editing transaction), with the markdown it had
 * before, so that observers can react to what the edit added (a new mention) and to nothing else.
 */
public record PostEdited(long postId, long editorId, String previousRaw) {}

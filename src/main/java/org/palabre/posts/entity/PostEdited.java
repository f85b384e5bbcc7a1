package org.palabre.posts.entity;

import org.palabre.markdown.control.MarkdownFacts;

/**
 * A post's content was changed (CDI event, fired inside the editing transaction), with the markdown it had before
 * and what the new version's markdown holds, so that observers can react to what the edit added (a new mention)
 * and to nothing else.
 */
public record PostEdited(long postId, long editorId, String previousRaw, MarkdownFacts facts) {}

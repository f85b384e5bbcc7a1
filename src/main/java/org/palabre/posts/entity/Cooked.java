package org.palabre.posts.entity;

/** Markdown as written and the safe HTML a renderer version made from it. */
public record Cooked(String raw, String html, int rendererVersion) {}

/**
 * Posts and everything that shows them: replying and starting topics, editing, withdrawing, the topic page, topic
 * lists (which count posts) and the category page, the composer, post visibility ({@code PostVisibility}).
 * Moderation screens new posts through the {@code PostScreening} port; watching and notifications add to its pages
 * through {@code TopicPageSection} and {@code CategoryPageSection}.
 *
 * <p>Floor 5, of Palabre's one-way feature layers (README, Layout; held by FeatureLayersTest): it
 * uses only features on lower floors and is told of higher ones through events and the ports it owns.
 */
package org.palabre.posts;

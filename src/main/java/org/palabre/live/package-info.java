/**
 * Pages that update themselves: a topic page told of new, edited and hidden posts, a category page of new topics,
 * the header of a member's unread count, over Server-Sent Events. Changes travel between servers as database
 * notices carrying ids only; what each reader is sent is decided for that reader, when it is sent, by the rules
 * of posts and categories. Pages work the same without it (and without JavaScript).
 *
 * <p>Floor 9, the top of Palabre's one-way feature layers (README, Layout; held by FeatureLayersTest): it uses
 * posts, categories, notifications and accounts, and nothing below it knows it exists.
 */
package org.palabre.live;

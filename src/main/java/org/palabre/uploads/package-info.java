/**
 * Files attached to posts: posters, leaflets and photos. Checked by their content, images re-encoded without any
 * metadata, stored once per content in the data folder, served only to those who may read a post that shows them,
 * and swept once nothing refers to them. Answers the posts' {@code ComposerAttachments} port.
 *
 * <p>Floor 6, of Palabre's one-way feature layers (README, Layout; held by FeatureLayersTest): serving needs the
 * posts' visibility rule (floor 5), so uploads stands above posts; the composer in posts reaches it through the
 * port posts owns, and uploads learns of new and edited posts from the posts' events.
 */
package org.palabre.uploads;

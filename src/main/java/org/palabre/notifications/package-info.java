/**
 * Notifications: mentions, quotes, replies, watched topics and categories, flags for moderators; the watchers'
 * fan-out; who may be told of a post ({@code MayBeTold}). Fires {@code NotificationsWritten} when a post's
 * notifications exist.
 *
 * <p>Floor 8, of Palabre's one-way feature layers (README, Layout; held by FeatureLayersTest): it
 * uses only features on lower floors and is told of higher ones through events and the ports it owns.
 */
package org.palabre.notifications;

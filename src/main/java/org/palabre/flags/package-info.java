/**
 * The flag lifecycle in one place: members flag a post, enough flags hide it, moderators review it from the
 * queue (agree, delete, disagree, ignore).
 *
 * <p>Floor 7, of Palabre's one-way feature layers (README, Layout; held by FeatureLayersTest): it
 * uses only features on lower floors and is told of higher ones through events and the ports it owns.
 */
package org.palabre.flags;

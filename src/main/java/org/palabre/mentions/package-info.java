/**
 * Who an @name means: mentioned members and groups, and the composer's name suggestions.
 *
 * <p>Floor 3, of Palabre's one-way feature layers (README, Layout; held by FeatureLayersTest): it
 * uses only features on lower floors and is told of higher ones through events and the ports it owns.
 */
package org.palabre.mentions;

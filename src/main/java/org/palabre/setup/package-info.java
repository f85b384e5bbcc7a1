/**
 * The first run: the one-time code and the first administrator.
 *
 * <p>Floor 9, the top, of Palabre's one-way feature layers (README, Layout; held by FeatureLayersTest): it
 * uses only features on lower floors and is told of higher ones through events and the ports it owns.
 */
package org.palabre.setup;

/**
 * Categories and their access: who may read, write and moderate each one ({@code CategoryReading},
 * {@code CategoryModeration}, each in Java, JPQL and SQL).
 *
 * <p>Floor 3, of Palabre's one-way feature layers (README, Layout; held by FeatureLayersTest): it
 * uses only features on lower floors and is told of higher ones through events and the ports it owns.
 */
package org.palabre.categories;

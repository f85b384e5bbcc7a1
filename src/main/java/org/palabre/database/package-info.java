/**
 * The data source (embedded H2 or PostgreSQL), Flyway migrations, the readiness check, and statement helpers such as
 * {@code Upserts} and {@code Condition}. Imports no other feature.
 *
 * <p>Floor 0, the kernel, of Palabre's one-way feature layers (README, Layout; held by FeatureLayersTest): it
 * uses only features on lower floors and is told of higher ones through events and the ports it owns.
 */
package org.palabre.database;

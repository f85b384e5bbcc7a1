/**
 * The site settings store: values an administrator changes at run time. Kernel: its administration pages live in
 * {@code admin}, and the moderation settings in moderation.
 *
 * <p>Floor 0, the kernel, of Palabre's one-way feature layers (README, Layout; held by FeatureLayersTest): it
 * uses only features on lower floors and is told of higher ones through events and the ports it owns.
 */
package org.palabre.settings;

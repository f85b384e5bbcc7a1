/**
 * The markdown renderer (commonmark-java, sanitised), the mention extractor, and {@code MarkdownFacts}: what one
 * parse of a text holds. Kernel: it imports no feature.
 *
 * <p>Floor 0, the kernel, of Palabre's one-way feature layers (README, Layout; held by FeatureLayersTest): it
 * uses only features on lower floors and is told of higher ones through events and the ports it owns.
 */
package org.palabre.markdown;

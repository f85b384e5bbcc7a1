/**
 * Pages (jte rendering, messages in French and English, the page context), error pages and the one mapping of
 * refusals to pages and RFC 9457 problems. Kernel: it learns who reads the page through the {@code PageReader}
 * port that accounts answer, and the header's unread count through {@code UnreadCount}.
 *
 * <p>Floor 0, the kernel, of Palabre's one-way feature layers (README, Layout; held by FeatureLayersTest): it
 * uses only features on lower floors and is told of higher ones through events and the ports it owns.
 */
package org.palabre.web;

/**
 * Cookies, CSRF protection, security headers, rate limits, site secrets and the site's public address. Kernel: it
 * imports no feature.
 *
 * <p>Floor 0, the kernel, of Palabre's one-way feature layers (README, Layout; held by FeatureLayersTest): it
 * uses only features on lower floors and is told of higher ones through events and the ports it owns.
 */
package org.palabre.security;

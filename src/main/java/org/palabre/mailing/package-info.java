/**
 * Mail members read: notification mails, mailing-list mode, digests, mail preferences and one-click
 * unsubscribing. Renders due outbox rows for mail delivery.
 *
 * <p>Floor 9, the top, of Palabre's one-way feature layers (README, Layout; held by FeatureLayersTest): it
 * uses only features on lower floors and is told of higher ones through events and the ports it owns.
 */
package org.palabre.mailing;

/**
 * Invitation links for invite-only forums; answers the accounts' {@code Invitations} port.
 *
 * <p>Floor 6, of Palabre's one-way feature layers (README, Layout; held by FeatureLayersTest): it
 * uses only features on lower floors and is told of higher ones through events and the ports it owns.
 */
package org.palabre.invites;

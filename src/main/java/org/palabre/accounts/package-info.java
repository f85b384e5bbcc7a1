/**
 * Members: sign-up, sign-in, sessions, API tokens, passwords, profiles, preferences, roles and standing. Features
 * above contribute to the profile, the preferences page and the data export through sections
 * ({@code ProfileSection}, {@code PreferencesSection}, {@code OwnDataSection}), and to sign-up through the
 * {@code Invitations} and {@code ReservedNames} ports.
 *
 * <p>Floor 1, of Palabre's one-way feature layers (README, Layout; held by FeatureLayersTest): it
 * uses only features on lower floors and is told of higher ones through events and the ports it owns.
 */
package org.palabre.accounts;

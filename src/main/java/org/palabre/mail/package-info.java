/**
 * Mail delivery: composing MIME messages, the outbox and its workers, SMTP, retries and the stored mail log. Kernel:
 * what a due mail says is rendered through the {@code MailRenderer} port that mailing implements.
 *
 * <p>Floor 0, the kernel, of Palabre's one-way feature layers (README, Layout; held by FeatureLayersTest): it
 * uses only features on lower floors and is told of higher ones through events and the ports it owns.
 */
package org.palabre.mail;

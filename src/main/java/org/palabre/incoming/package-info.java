/**
 * Mail members send to Palabre: replies to notification and mailing-list mails, new topics written to a
 * category's address, unsubscribing by mail, and bounces handed on. One pipeline takes each raw message, whether
 * it came from the polled IMAP mailbox, the MTA's pipe or an administrator's paste; it ignores automatic mail,
 * acts once per message, and answers every refusal with the member's own text.
 *
 * <p>Floor 9, the top, of Palabre's one-way feature layers (README, Layout; held by FeatureLayersTest): it
 * uses only features on lower floors, and mailing beside it, which never uses it back.
 */
package org.palabre.incoming;

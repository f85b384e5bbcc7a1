-- Cancelled mails kept their reason as English text, shown as such on the French /admin/mail page. Palabre now
-- keeps the key of a message (mail.cancelled.*) that the page shows in its reader's language; the rows
-- cancelled before get the key of the reason they hold.
UPDATE mail_outbox SET last_error = 'mail.cancelled.postRemoved'
    WHERE last_error = 'The post was removed before the mail was due.';
UPDATE mail_outbox SET last_error = 'mail.cancelled.notShown'
    WHERE last_error LIKE 'The post was withdrawn, hidden or deleted, or the recipient can no longer read%';
UPDATE mail_outbox SET last_error = 'mail.cancelled.mailingListOff'
    WHERE last_error = 'The member turned mailing-list mode off.';
UPDATE mail_outbox SET last_error = 'mail.cancelled.kindOff'
    WHERE last_error = 'The member turned this kind of mail off.';
UPDATE mail_outbox SET last_error = 'mail.cancelled.readOnSite'
    WHERE last_error = 'The member read the post on the site before the mail was due.';
UPDATE mail_outbox SET last_error = 'mail.cancelled.wasOnSite'
    WHERE last_error = 'The member was on the site when the mail was due.';
UPDATE mail_outbox SET last_error = 'mail.cancelled.nothingNew'
    WHERE last_error = 'Nothing new since the last digest.';
UPDATE mail_outbox SET last_error = 'mail.cancelled.inactive'
    WHERE last_error = 'The recipient''s account is no longer active.';
UPDATE mail_outbox SET last_error = 'mail.cancelled.dailyLimit'
    WHERE last_error LIKE 'The member''s daily limit of % mails was reached.';
UPDATE mail_outbox SET last_error = 'mail.cancelled.unsubscribed'
    WHERE last_error = 'The member unsubscribed.';
UPDATE mail_outbox SET last_error = 'mail.cancelled.unknownPurpose'
    WHERE last_error LIKE 'Unknown purpose %';
UPDATE mail_outbox SET last_error = 'mail.cancelled.notComposed: ' || SUBSTRING(last_error, 33)
    WHERE last_error LIKE 'The mail could not be composed: %';

-- When the daily cap counted a mail that is on its way to the SMTP server and not marked sent yet: a second
-- worker rendering mail for the same member counts it too, so two workers together never pass the cap.
-- A claim clears it; a mail only counts while the worker that rendered it still holds its lease.
ALTER TABLE mail_outbox ADD COLUMN counted_at TIMESTAMP WITH TIME ZONE;

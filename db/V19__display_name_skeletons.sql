-- The look-alike skeleton of each display name (as usernames have), so that a new display name or username that
-- looks like an existing display name is refused. Filled for existing display names at start-up (the skeleton
-- comes from ICU, in Java); a display name stored before the rule is kept and always shown with the username.
ALTER TABLE accounts ADD COLUMN display_name_skeleton VARCHAR(200);
CREATE INDEX accounts_display_name_skeleton ON accounts (display_name_skeleton);

-- What the demo content (PALABRE_DEMO=true) created, so that an administrator can remove it and nothing else.
CREATE TABLE demo_content (
    kind       VARCHAR(16) NOT NULL, -- ACCOUNT, CATEGORY or TOPIC
    entity_id  BIGINT      NOT NULL,
    CONSTRAINT demo_content_pk PRIMARY KEY (kind, entity_id)
);

-- Forums filled by an earlier version. Its demo members carry a password hash no sign-up can produce; their
-- topics are theirs; the demo made its two categories on a forum that had none.
INSERT INTO demo_content (kind, entity_id)
    SELECT 'ACCOUNT', id FROM accounts WHERE password_hash = 'demo:no-password';
INSERT INTO demo_content (kind, entity_id)
    SELECT 'TOPIC', t.id FROM topics t JOIN accounts a ON a.id = t.author_id WHERE a.password_hash = 'demo:no-password';
INSERT INTO demo_content (kind, entity_id)
    SELECT 'CATEGORY', c.id FROM categories c
    WHERE c.slug IN ('campagne-vsa', 'international')
      AND EXISTS (SELECT 1 FROM accounts a WHERE a.password_hash = 'demo:no-password');

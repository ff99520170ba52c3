-- IMS CAT sections (a bank version and an adaptive-test configuration), and what adaptive sessions need
-- to be resumed and retried safely: a revision for optimistic locking and the last submission's reply.
CREATE TABLE cat_section (
    id            VARCHAR(36)              NOT NULL PRIMARY KEY,
    bank_name     VARCHAR(200)             NOT NULL,
    bank_version  INTEGER                  NOT NULL,
    configuration TEXT                     NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

ALTER TABLE adaptive_session ADD COLUMN revision INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE adaptive_session ADD COLUMN last_key VARCHAR(200);
ALTER TABLE adaptive_session ADD COLUMN last_reply TEXT;

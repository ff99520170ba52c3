-- The person an adaptive session tests (the QTI context's sourcedId of its results), so that deleting a
-- person's data deletes their adaptive sessions (answers, estimates, replies) too.
ALTER TABLE adaptive_session ADD COLUMN person_id VARCHAR(200);
CREATE INDEX adaptive_session_person ON adaptive_session (person_id);

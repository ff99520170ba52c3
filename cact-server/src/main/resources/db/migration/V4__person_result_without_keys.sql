-- Each person's result of a run, without the primary key (run_id, person_id) and the reference to
-- scoring_run: the table keeps one index, by person, for reading and deleting a person's results. A run
-- and its results are written in one transaction by the server, which refuses a request that names a
-- person twice, so the key and the reference only cost a commit two more index pages to write
-- (docs/server.md, "Runs and audit records").
CREATE TABLE person_result_v5 (
    run_id    VARCHAR(36)  NOT NULL,
    person_id VARCHAR(200) NOT NULL,
    result    TEXT         NOT NULL
);
INSERT INTO person_result_v5 (run_id, person_id, result) SELECT run_id, person_id, result FROM person_result;
DROP TABLE person_result;
ALTER TABLE person_result_v5 RENAME TO person_result;
CREATE INDEX person_result_person ON person_result (person_id);

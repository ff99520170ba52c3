-- The cact-server schema, in SQL that H2 (2.x) and PostgreSQL (13+) both run as written.

-- Item banks: one row per version; a draft's content may be replaced, a published version never changes.
CREATE TABLE item_bank (
    name         VARCHAR(200)             NOT NULL,
    version      INTEGER                  NOT NULL,
    status       VARCHAR(16)              NOT NULL,
    content      TEXT                     NOT NULL,
    digest       CHAR(64)                 NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    published_at TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (name, version),
    CHECK (status IN ('draft', 'published'))
);

-- Position standards, cut scores and nine-box configurations: immutable versions of a named document.
CREATE TABLE position_standards (
    name       VARCHAR(200)             NOT NULL,
    version    INTEGER                  NOT NULL,
    content    TEXT                     NOT NULL,
    digest     CHAR(64)                 NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (name, version)
);

CREATE TABLE cut_scores (
    name       VARCHAR(200)             NOT NULL,
    version    INTEGER                  NOT NULL,
    content    TEXT                     NOT NULL,
    digest     CHAR(64)                 NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (name, version)
);

CREATE TABLE ninebox_config (
    name       VARCHAR(200)             NOT NULL,
    version    INTEGER                  NOT NULL,
    content    TEXT                     NOT NULL,
    digest     CHAR(64)                 NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (name, version)
);

-- API keys: only the SHA-256 of the secret is kept.
CREATE TABLE api_key (
    id         VARCHAR(32)              NOT NULL PRIMARY KEY,
    key_hash   CHAR(64)                 NOT NULL UNIQUE,
    roles      VARCHAR(100)             NOT NULL,
    label      VARCHAR(200)             NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at TIMESTAMP WITH TIME ZONE
);

-- A scoring run and its audit record: what was computed, from which input, with which versions.
CREATE TABLE scoring_run (
    id                 VARCHAR(36)              NOT NULL PRIMARY KEY,
    kind               VARCHAR(32)              NOT NULL,
    bank_name          VARCHAR(200),
    bank_version       INTEGER,
    config_fingerprint CHAR(64)                 NOT NULL,
    input_digest       CHAR(64)                 NOT NULL,
    library_version    VARCHAR(40)              NOT NULL,
    key_id             VARCHAR(32)              NOT NULL,
    people             INTEGER                  NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL
);

-- One person's result of a run: personal data, deleted on request (see docs/server.md).
CREATE TABLE person_result (
    run_id    VARCHAR(36)  NOT NULL REFERENCES scoring_run (id),
    person_id VARCHAR(200) NOT NULL,
    result    TEXT         NOT NULL,
    PRIMARY KEY (run_id, person_id)
);
CREATE INDEX person_result_person ON person_result (person_id);

-- A submission's response under its Idempotency-Key, replayed when the same key comes again.
CREATE TABLE idempotent_response (
    key_id          VARCHAR(32)              NOT NULL,
    idempotency_key VARCHAR(200)             NOT NULL,
    request_digest  CHAR(64)                 NOT NULL,
    run_id          VARCHAR(36)              NOT NULL,
    status          INTEGER                  NOT NULL,
    body            TEXT                     NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (key_id, idempotency_key)
);

-- Adaptive-test sessions: the engine's state after each completed submission.
CREATE TABLE adaptive_session (
    id         VARCHAR(36)              NOT NULL PRIMARY KEY,
    section_id VARCHAR(36)              NOT NULL,
    status     VARCHAR(16)              NOT NULL,
    state      TEXT                     NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);

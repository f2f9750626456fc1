-- Security (docs/security.md): publication times of batches (embargo), local accounts, API keys and the
-- append-only, hash-chained audit log. On PostgreSQL the store also adds a trigger that refuses UPDATE and DELETE on
-- audit_log (PostgresEngine.Opening: the trigger's PL/pgSQL has no DuckDB form).

-- When the batch's data became or become public, UTC; NULL: public since the import. Before it, only analysts and
-- above see the batch's observations; the public cells are computed without them.
ALTER TABLE import_batches ADD COLUMN published_at TIMESTAMP;
-- When a compute run first gave the public the batch's data after an embargo ended, UTC; NULL while embargoed or
-- never embargoed.
ALTER TABLE import_batches ADD COLUMN embargo_lifted_at TIMESTAMP;

CREATE TABLE users (
    name          VARCHAR   PRIMARY KEY,  -- the sign-in name, lower case
    role          VARCHAR   NOT NULL,     -- analyst, steward, admin
    password_hash VARCHAR   NOT NULL,     -- pbkdf2-sha256$ITERATIONS$SALT$HASH (PasswordHash)
    created_at    TIMESTAMP NOT NULL      -- UTC
);

CREATE SEQUENCE api_key_ids START 1;

CREATE TABLE api_keys (
    id         BIGINT    PRIMARY KEY,
    name       VARCHAR   NOT NULL,        -- what the key is for (the client's name)
    role       VARCHAR   NOT NULL,        -- analyst, steward, admin
    key_hash   VARCHAR   NOT NULL UNIQUE, -- SHA-256 of the key, lower-case hex; the key itself is never stored
    created_at TIMESTAMP NOT NULL,        -- UTC
    revoked_at TIMESTAMP                  -- UTC; NULL while the key works
);

-- Append-only: each entry's hash covers the previous entry's hash and its own fields (WelfareAtlas.Auditing.AuditChain).
CREATE TABLE audit_log (
    seq           BIGINT    PRIMARY KEY,  -- 1, 2, 3, … without gaps
    recorded_at   TIMESTAMP NOT NULL,     -- UTC, microseconds
    actor         VARCHAR   NOT NULL,
    action        VARCHAR   NOT NULL,     -- import, publication, user-added, user-removed, key-added, key-revoked, analyst-access; later also areas-added, rollback (AuditAction)
    subject       VARCHAR   NOT NULL,
    detail        VARCHAR   NOT NULL,
    previous_hash VARCHAR   NOT NULL,
    hash          VARCHAR   NOT NULL
);

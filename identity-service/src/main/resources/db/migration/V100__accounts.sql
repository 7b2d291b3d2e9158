-- The accounts as the office lists them: a projection of the Account events, rebuilt from them at any time.
CREATE TABLE account_view (
    account_id   TEXT PRIMARY KEY,
    name         TEXT        NOT NULL,
    department   TEXT,
    phone        TEXT,
    roles        TEXT        NOT NULL,
    disabled     BOOLEAN     NOT NULL DEFAULT FALSE,
    locked_until TIMESTAMPTZ,
    created_at   TIMESTAMPTZ NOT NULL
);

-- Password hashes, kept out of the events so that no history or audit export ever carries one. Written in the
-- same transaction as the event that creates or resets the account.
CREATE TABLE account_credential (
    account_id    TEXT PRIMARY KEY,
    password_hash TEXT        NOT NULL,
    changed_at    TIMESTAMPTZ NOT NULL
);

-- Failed sign-ins per login name, known or not (an unknown name is throttled and locked like a real one, so the
-- answers tell nobody which names exist). A success deletes the row.
CREATE TABLE sign_in_attempt (
    login           TEXT PRIMARY KEY,
    failures        INTEGER     NOT NULL,
    last_failure_at TIMESTAMPTZ NOT NULL,
    locked_until    TIMESTAMPTZ
);

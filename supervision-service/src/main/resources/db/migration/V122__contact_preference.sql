-- Each person's contact preferences as last set (projection of ContactPreferencesSetEvent); absent: the defaults.
CREATE TABLE contact_preference (
    user_id          TEXT PRIMARY KEY,
    email            TEXT        NOT NULL,
    email_on         BOOLEAN     NOT NULL,
    group_mention_on BOOLEAN     NOT NULL,
    set_at           TIMESTAMPTZ NOT NULL
);

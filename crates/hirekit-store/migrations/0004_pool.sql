-- The talent pool (`hirekit pool`): one row per member and one per contact. A candidate's
-- membership refers to the candidate and goes with them when they are deleted; a person added
-- by hand keeps their own consent answers (JSON, as in pool.yaml). Dates are ISO text
-- (YYYY-MM-DD), compared as text by both databases. Nobody is stored here without consent: the
-- rules (hirekit-pool) check it before every insert.
CREATE TABLE pool_members (
    id TEXT PRIMARY KEY,
    seq BIGINT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('candidate', 'declined_offer', 'event', 'former_employee', 'referred')),
    candidate TEXT REFERENCES candidates (id) ON DELETE CASCADE,
    name TEXT,
    given_name TEXT,
    language TEXT CHECK (language IN ('nl', 'en')),
    area TEXT NOT NULL,
    added_on TEXT NOT NULL,
    reconnect_on TEXT,
    strengths TEXT NOT NULL,
    consent TEXT NOT NULL,
    next_action TEXT,
    next_on TEXT,
    drafts TEXT NOT NULL,
    CHECK ((kind = 'candidate') = (candidate IS NOT NULL)),
    CHECK ((kind = 'candidate') = (name IS NULL)),
    CHECK ((next_action IS NULL) = (next_on IS NULL))
);
CREATE TABLE pool_contacts (
    member TEXT NOT NULL REFERENCES pool_members (id) ON DELETE CASCADE,
    seq BIGINT NOT NULL,
    on_day TEXT NOT NULL,
    channel TEXT NOT NULL CHECK (channel IN ('phone', 'email', 'video', 'meeting', 'event')),
    topic TEXT NOT NULL,
    note TEXT,
    PRIMARY KEY (member, seq)
);

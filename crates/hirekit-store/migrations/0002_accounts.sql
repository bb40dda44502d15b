-- Version 2: the team web app's accounts. Who may sign in, with which role; server-side sessions
-- and one-time sign-in links, both stored only as the SHA-256 of their secret (a copy of the
-- database gives no way in); and an audit log of who viewed or changed which candidate's data.
-- Times are Unix seconds (BIGINT), compared as numbers by both databases.
CREATE TABLE users (
    email TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('recruiter', 'hiring_manager', 'interviewer')),
    interviewer TEXT,
    language TEXT NOT NULL CHECK (language IN ('nl', 'en')),
    password_hash TEXT,
    failed_sign_ins BIGINT NOT NULL DEFAULT 0,
    locked_until BIGINT NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    CHECK ((role = 'interviewer') = (interviewer IS NOT NULL))
);
CREATE TABLE sign_in_tokens (
    token_hash TEXT PRIMARY KEY,
    email TEXT NOT NULL REFERENCES users (email) ON DELETE CASCADE,
    expires_at BIGINT NOT NULL
);
CREATE TABLE sessions (
    id_hash TEXT PRIMARY KEY,
    email TEXT NOT NULL REFERENCES users (email) ON DELETE CASCADE,
    csrf_token TEXT NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE TABLE audit_log (
    at BIGINT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    candidate TEXT
);

-- Version 1: the hiring folder as tables. Key fields are real columns with the constraints the
-- workflow relies on; the validated record itself is kept as JSON of the model type where
-- splitting it into columns buys nothing yet. Dates are ISO 8601 text, which both databases
-- sort and compare correctly. Integers are BIGINT, which SQLite reads as INTEGER.
CREATE TABLE company (
    id BIGINT PRIMARY KEY CHECK (id = 1),
    profile TEXT NOT NULL
);
CREATE TABLE scorecards (
    id TEXT PRIMARY KEY,
    file_name TEXT NOT NULL UNIQUE,
    definition TEXT NOT NULL
);
CREATE TABLE checklists (
    file_name TEXT PRIMARY KEY,
    definition TEXT NOT NULL
);
CREATE TABLE candidates (
    id TEXT PRIMARY KEY,
    scorecard TEXT NOT NULL REFERENCES scorecards (id),
    record TEXT NOT NULL
);
CREATE TABLE planned_interviews (
    candidate TEXT NOT NULL REFERENCES candidates (id) ON DELETE CASCADE,
    position BIGINT NOT NULL,
    interviewer TEXT NOT NULL,
    at TEXT NOT NULL,
    PRIMARY KEY (candidate, position)
);
CREATE TABLE decisions (
    candidate TEXT PRIMARY KEY REFERENCES candidates (id) ON DELETE CASCADE,
    decision TEXT NOT NULL CHECK (decision IN ('advance', 'reject', 'hired', 'withdrawn')),
    reason TEXT CHECK (reason IN ('requirements', 'other_candidate'))
);
CREATE TABLE filled_scorecards (
    candidate TEXT NOT NULL REFERENCES candidates (id) ON DELETE CASCADE,
    interviewer TEXT NOT NULL,
    submitted_at TEXT NOT NULL,
    record TEXT NOT NULL,
    UNIQUE (candidate, interviewer)
);
CREATE TABLE feedback_records (
    candidate TEXT NOT NULL REFERENCES candidates (id) ON DELETE CASCADE,
    position BIGINT NOT NULL,
    letter_date TEXT NOT NULL,
    record TEXT NOT NULL,
    PRIMARY KEY (candidate, position)
);
CREATE TABLE sent_records (
    candidate TEXT PRIMARY KEY REFERENCES candidates (id) ON DELETE CASCADE,
    history TEXT NOT NULL
);
CREATE TABLE cvs (
    candidate TEXT PRIMARY KEY REFERENCES candidates (id) ON DELETE CASCADE,
    text TEXT NOT NULL
);
CREATE TABLE debriefs (
    candidate TEXT PRIMARY KEY REFERENCES candidates (id) ON DELETE CASCADE,
    text TEXT NOT NULL
);

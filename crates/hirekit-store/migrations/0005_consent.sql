-- Consent and the privacy audit. One row per answer a candidate gave about keeping their data,
-- in the order given (the record only grows: a renewal or a withdrawal is a new row), so the
-- employer can show what was agreed on each day (AVG art. 7(1)). A `given` answer has an end
-- date and a refusal none, as in consent.yaml. Dates are ISO 8601 text, as everywhere.
CREATE TABLE consent_answers (
    candidate TEXT NOT NULL REFERENCES candidates (id) ON DELETE CASCADE,
    position BIGINT NOT NULL,
    answered_on TEXT NOT NULL,
    answer TEXT NOT NULL CHECK (answer IN ('given', 'refused')),
    channel TEXT NOT NULL CHECK (channel IN ('letter_reply', 'email', 'form', 'conversation')),
    purpose TEXT NOT NULL CHECK (purpose IN ('talent_pool')),
    valid_until TEXT,
    PRIMARY KEY (candidate, position),
    CHECK ((answer = 'given') = (valid_until IS NOT NULL))
);
-- One line per purge or erasure, as privacy-audit.log in a hiring folder: never a name, an
-- address or the old candidate id (which may be a name). `position` keeps the order.
CREATE TABLE privacy_audit (
    position BIGINT PRIMARY KEY,
    line TEXT NOT NULL
);

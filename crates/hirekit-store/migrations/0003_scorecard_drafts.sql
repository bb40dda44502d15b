-- Version 3: an interviewer's unfinished scorecard in the web app, saved per (candidate,
-- interviewer) so that it can be continued later. A draft is private to its interviewer: it is
-- never part of the folder model (`load`), an export or a panel, and it is deleted when the
-- scorecard is submitted or the candidate is. `draft` is the text of the draft as hirekit-fill
-- writes it (the same YAML as `hirekit fill`'s draft file); `saved_at` is Unix seconds.
CREATE TABLE scorecard_drafts (
    candidate TEXT NOT NULL REFERENCES candidates (id) ON DELETE CASCADE,
    interviewer TEXT NOT NULL,
    draft TEXT NOT NULL,
    saved_at BIGINT NOT NULL,
    PRIMARY KEY (candidate, interviewer)
);

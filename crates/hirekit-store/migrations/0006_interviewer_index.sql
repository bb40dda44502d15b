-- An interviewer's pages read only the candidates planned with them
-- (`WHERE candidate IN (SELECT candidate FROM planned_interviews WHERE interviewer = $1)`); the
-- primary key starts with the candidate, so without this index that lookup reads every planned
-- interview.
CREATE INDEX planned_interviews_by_interviewer ON planned_interviews (interviewer, candidate);

# hirekit candidate add / interview plan: the comments of a new candidate.yaml, and the status lines.

candidate-yaml-header = # A candidate. Personal data: keep only what the procedure needs.
candidate-yaml-id = # The id is also the folder name and the name of every file written for this candidate.
candidate-yaml-email = # The e-mail address for feedback.
candidate-yaml-address = # The postal address, one line per item (for a letter in a window envelope); may be empty.
candidate-yaml-language = # The language to write to the candidate in: nl or en.
candidate-yaml-scorecard = # The scorecard of the vacancy (its id in the scorecards folder).
candidate-yaml-later = # Later, through `hirekit decide`: decision (advance, reject, hired, withdrawn), decision_reason
    # (requirements, other_candidate) and talent_pool_consent (true/false, only once asked).
candidate-yaml-interviews = # The planned interviews: who, and when (`hirekit interview plan` adds one).
candidate-wrote = Wrote { $path }
candidate-next = Next: plan interviews with `hirekit interview plan { $id } --interviewer NAME --at 2026-11-16T10:00`, or after the interview: `hirekit fill --candidate { $id } --interviewer NAME`
candidate-planned = Planned; wrote { $path }

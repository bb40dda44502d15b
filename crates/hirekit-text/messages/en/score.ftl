# hirekit score: the panel's ratings per candidate.

score-status-awaiting = awaiting scorecards
score-status-awaiting-heading = AWAITING SCORECARDS
score-nobody-yet = nobody yet
score-awaited = submitted: { $submitted }; awaiting: { $awaited }
score-hidden = ratings stay hidden until everyone has submitted (--reveal shows them)
score-hidden-sentence = Ratings stay hidden until everyone has submitted.
score-decision = decision
score-shown-early = shown early (--reveal):
score-shown-early-sentence = Shown early (--reveal):
score-status = Status
score-proposed = Proposed outcome

# The summary line of the table.
score-overall = overall
score-overall-heading = Overall
score-advance-at = advance at
score-talent-pool-at = talent pool at
score-coverage = coverage
score-coverage-heading = Coverage
score-minimum-short = min.
score-minimum = minimum

# Table columns (short: they head narrow columns).
score-column-criterion = criterion
score-column-weight = wt
score-column-must = must
score-column-mean = mean
score-column-criterion-heading = Criterion
score-column-weight-heading = Weight
score-column-must-heading = Must-have
score-column-mean-heading = Mean
score-column-notes-heading = Notes
score-yes = yes

score-must-have-split = must-have split
score-must-have-failed = must-have failed
score-below-pass = below pass
score-disagreement = ⚠ disagreement (≥2 points)
score-disagreement-note = disagreement (≥ 2 points)

score-late = late:
score-late-line = { $interviewer } submitted { $lateness }
score-late-item = { $interviewer } submitted late: { $lateness }
score-refilled = refilled:
score-refilled-line = { $interviewers } after the ratings were shown (--force); no longer independent

score-caution = caution
score-caution-heading = Caution
score-bias-risk = bias risk: never counts
score-bias-risk-note = bias risk, never counts
score-red-flag = red flag
score-red-flag-heading = Red flag
score-red-flag-verify = verify it, do not act on it
score-red-flag-verify-note = verify

score-why = why:
score-why-heading = Why

# Why the outcome was proposed.
score-reason-no-scorecards = no filled scorecard yet
score-reason-nothing-assessed = no criterion assessed
score-reason-must-have-unassessed = must-have not assessed: { $criterion }
score-reason-coverage-below = coverage { $coverage } < minimum { $minimum }: rate the missing criteria
score-reason-must-have-split = must-have split: { $criterion } ({ $min } to { $max }, pass { $pass }): discuss against the anchors
score-reason-discuss-band = overall { $overall } just below threshold { $advance_at } (discuss from { $discuss_from })
score-reason-must-have-failed = must-have failed: { $criterion } ({ $mean } < { $pass })
score-reason-reaches-advance = overall { $overall } ≥ threshold { $advance_at }
score-reason-below-advance = overall { $overall } < threshold { $advance_at }
score-reason-near-miss = near miss: overall { $overall } ≥ talent pool { $talent_pool_at }

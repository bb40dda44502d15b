# hirekit fill: the guided scorecard.

## Refusals and endings

fill-bad-interviewer-name = `{ $name }` cannot be a file name: use a name or handle without slashes and without a leading dot, e.g. `anna`
fill-misspelt-interviewer = `{ $name }` has no planned interview with { $candidate }; did you mean `{ $planned }`? (planned: { $all })
fill-already-submitted =
    { $interviewer } has already submitted a scorecard for { $candidate }: { $path }
    Use --force to replace it.
fill-interview-ahead = the interview of { $interviewer } with { $candidate } is planned for { $at }: fill in the scorecard after the interview
fill-rating-dropped = Your draft had a score for `{ $criterion }` that no longer fits the scorecard; you will be asked again.
fill-template-written =
    Wrote { $path }
    Fill it in with your editor; `hirekit score { $candidate }` checks it.
fill-submitted = Submitted: { $path }
fill-submitted-late = Late: submitted { $lateness }.
fill-thanks = Thank you. Discuss your scores with the other interviewers only once everyone has submitted.
fill-stopped-saved = Stopped before submitting. Your answers are saved in { $path }; run the same command again to continue.
fill-stopped-nothing = Stopped; nothing was answered yet.

## The walk-through

fill-interviewer = Interviewer: { $interviewer }
fill-replacing = You are replacing the scorecard you submitted before (--force).
fill-rule-independent = Rate on your own: discuss your scores with the other interviewers only once everyone has submitted.
fill-rule-evidence = Give evidence with every score: what the candidate said or did, not an impression.
fill-rule-not-assessed = "Not assessed" (n) means the topic did not come up; it is not a low score.
fill-rule-saved = Every answer is saved at once. Stop whenever you like (Ctrl-C) and run the same command again to continue.
fill-deadline = Interview: { $interview }. Submit your scorecard within { $limit }: by { $due }.
fill-deadline-passed = Interview: { $interview }. This scorecard was due within { $limit }, by { $due } ({ $ago } ago): fill it in now, while you still remember the interview.
fill-none = none
fill-not-planned = { $interviewer } is not among the planned interviews of { $candidate } (planned: { $planned }).
fill-resuming = Resuming your saved draft: { $done } of { $total } criteria rated.
fill-weight = weight { $weight }
fill-must-have = must-have
fill-requirement = Requirement:
fill-questions = Questions:
fill-scale = Scale (meets the requirement from { $pass } { $label }):
fill-red-flags-heading = Red flags (optional)
fill-red-flags-intro = Tick only what you saw in this interview and checked with the follow-up question. A red flag is a reason to ask further, never a reason to reject on its own.
fill-verify = Verify:
fill-bias-caution = CAUTION, bias risk: these signals say nothing about the work or track protected grounds. They are listed so you recognise them; never score them:
fill-recommendation-heading = Your recommendation
fill-recommendation-question = Should this candidate go on to the next round or be hired?
fill-summary-heading = Your scorecard
fill-summary-red-flags = Red flags
fill-summary-recommendation = Recommendation

## The template (--template): comments in a YAML file

fill-template-title = Scorecard of { $interviewer } for { $name } ({ $candidate }): { $title }
fill-template-instructions =
    Fill in this scorecard on your own, within { $limit } of the interview, and discuss your scores with the other interviewers only once everyone has submitted.
    Give every criterion a score with evidence: what the candidate said or did. If a criterion did not come up, replace `score` and `evidence` with `not_assessed: true`; that is not a low score.
    Write the evidence on the indented lines under `evidence: >-`.
    Then check the file with `hirekit score { $candidate }`.
fill-template-interviewed-at = when the interview took place, e.g.
fill-template-submitted-at = when you fill this in, e.g.
fill-template-evidence = what the candidate said or did, on the lines below
# The codes are English words already: English needs no translation after them.
fill-template-choice = { $code }
fill-template-choices = { $first } or { $last }
fill-template-recommendation = Your recommendation:
fill-template-red-flags-intro = Red flags (optional): the ids of what you saw in this interview and checked with the follow-up question, e.g. `red_flags: [interview-no-concrete-own-work]`. A red flag is a reason to ask further, never a reason to reject on its own.
fill-template-bias-caution = CAUTION, bias risk: these signals say nothing about the work or track protected grounds. Never score them:

## Questions and answers

fill-ask-interview-time = When was the interview? (YYYY-MM-DD HH:MM)
fill-score-saved = Score: { $score } { $label } ({ $saved })
fill-saved-before = saved before
fill-not-assessed-choice = n (not assessed)
fill-enter-keeps = Enter keeps: { $kept }
fill-ask-evidence = Evidence: what did the candidate say or do?
fill-evidence-required = Evidence is required with every score. Write what the candidate said or did (one line).
fill-ask-red-flags = Red-flag numbers or ids, separated by spaces (Enter for none):
fill-ask-tick-caution = Tick it anyway, as a caution that never counts? (y/n)
fill-ask-recommendation = Your recommendation (1-4):
fill-ask-review = Enter = submit, or a number (1-{ $last }) to change that answer:
fill-review-invalid = Press Enter or type a number from 1 to { $last }.
fill-time-format = Write the date and time as 2026-11-20 10:00, or as RFC 3339 (2026-11-20T10:00:00+01:00).
fill-time-ahead = That is in the future: fill in the scorecard after the interview.
fill-ask-score = Score ({ $min }-{ $max }, or n = not assessed):
fill-score-invalid = Type a score from { $min } to { $max }, or n if this topic did not come up.
fill-red-flag-number-invalid = There is no red flag numbered { $number }; choose 1 to { $last }.
fill-red-flag-unknown = Unknown red flag `{ $id }`.
fill-red-flag-did-you-mean = Did you mean `{ $suggestion }`?
fill-yes-no-invalid = Answer y or n.
fill-recommendation-invalid = Type 1, 2, 3 or 4 (or strong_no, no, yes, strong_yes).

## Files written

fill-draft-header =
    Draft of a scorecard, saved by `hirekit fill` after every answer.
    Run the same command again to continue; hirekit reads nothing from this file until the scorecard is submitted.
fill-filled-header = Scorecard of { $interviewer } for { $name } ({ $candidate }), filled in with `hirekit fill`.
fill-filled-refilled = Refilled (--force) after the panel's ratings could be seen.
fill-no-candidate = no candidate `{ $id }` in { $folder }
fill-did-you-mean = (did you mean `{ $suggestion }`?)
fill-template-value = --template takes no value, or `-` for standard output (not `{ $value }`)
fill-draft-unreadable = cannot resume from the draft { $path }: fix it, or delete it to start again
fill-draft-other = the draft { $path } belongs to candidate `{ $candidate }`, interviewer `{ $interviewer }` and scorecard `{ $scorecard }`, not to this interview: delete it to start again
fill-draft-not-saved = cannot save your draft

## What is missing before submitting (the web form shows each next its field)

fill-problem-score = Choose a score, or "not assessed" if this did not come up.
fill-problem-evidence = Evidence is required with a score: write what the candidate said or did.
fill-problem-interviewed-at = The time of the interview is missing.
fill-problem-red-flags = Say which red flags you saw, if any.
fill-problem-recommendation = Choose your recommendation.

## The web form (`hirekit serve`)

fill-web-title = Your scorecard
fill-web-due = Interview: { $at }. Submit your scorecard by { $due }.
fill-web-ahead = The interview is planned for { $at }: fill in the scorecard after the interview.
fill-web-save = Save draft
fill-web-saved = Draft saved:
fill-web-submit = Submit scorecard
fill-web-submit-note = Once submitted, your scorecard can no longer be changed.
fill-web-errors = Not submitted yet. Please complete:
fill-web-submitted = You submitted this scorecard on { $at }.
fill-web-already-submitted = You have already submitted this scorecard; it was not submitted again.
fill-web-kit-pdf = Download the kit as PDF (to print)
fill-web-score = Your score

## The walk-through as a library (hirekit-fill session)
fill-incomplete = the scorecard is not complete yet
fill-no-scorecard-stored = candidate `{ $candidate }`: there is no scorecard `{ $scorecard }` in the database
fill-template-database = on a database, `--template` without a value cannot be submitted by saving it; print it with `--template -`, or fill in the scorecard with `hirekit fill`

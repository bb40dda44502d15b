# The words of the web app's pages (`hirekit serve`). Keys map to the templates'
# `t.name` (`web-sign-in` is `t.sign_in`). One term per concept: see docs/glossary.md.

web-sign-in = Sign in
web-email = E-mail address
web-password = Password
web-sign-in-failed = The e-mail address or password is not right, or the account is locked for a while after too many attempts.
web-set-password = Set your password
web-set-password-for = You sign in as
web-password-rule = At least 12 characters. A sentence is easy to remember.
web-password-short = The password is shorter than 12 characters.
web-save = Save
web-link-invalid = This sign-in link is not valid (any more). Ask a recruiter for a new one.
web-logout = Sign out
web-candidates = Candidates
web-my-interviews = My interviews
web-candidate = Candidate
web-interview-at = Interview
web-scorecard-due = Scorecard due
web-submitted = Submitted
web-not-submitted = Not submitted
web-no-interviews = You have no planned interviews.
web-due = What is due
web-nothing-due = Nothing is due.
web-deadline = Deadline
web-late = late
web-vacancy = Scorecard
web-decision = Decision
web-none = none
web-panel = Panel
web-awaited = Awaited
web-panel-hidden = Nothing computed from the ratings is shown until every planned interviewer has submitted: everyone rates on their own.
web-own-first = Colleagues' ratings are shown only after you have submitted your own scorecard.
web-outcome = Outcome
web-overall = Overall
web-criterion = Criterion
web-mean = Mean
web-ratings = Ratings
web-interviews = Interviews
web-your-scorecard = Your scorecard
web-interview-kit = Interview kit
web-not-shared = Your company does not show interviewers each other's ratings.
web-pipeline = Pipeline
web-no-candidates = No candidates yet.
web-agreement = Scorecards on time
web-agreement-rule = Every interviewer submits their scorecard within
web-hours = hours of the interview
web-interviewer = Interviewer
web-on-time = On time
web-late-in = Late
web-open = Open
web-open-late = Open, past the deadline
web-add-candidate = Add a candidate
web-full-name = Full name
web-given-name = Name to greet them by (optional)
web-address = Postal address (optional)
web-address-rule = One line per line.
web-language = Language of the letters
web-candidate-id = Candidate id (optional)
web-id-rule = Left empty: the next free c-YEAR-NNN. Only a-z, 0-9, -, _ and .
web-not-saved = Nothing was saved. Please correct what is marked below.
web-plan-interview = Plan an interview
web-record-decision = Record the decision
web-current-decision = Recorded decision
web-no-decision = No decision yet.
web-proposed = Proposed outcome
web-advance = Advance
web-reject = Reject
web-reason = Reason
web-reason-requirements = follows from the job requirements (met or not)
web-reason-other-candidate = another candidate matched the requirements more closely (rejection only)
web-talent-pool-question = Talent pool: may we keep their details to contact them later?
web-talent-pool-rule = Ask the candidate with the decision; the feedback letter follows the answer. Keeping data past the usual period also needs a dated consent (hirekit privacy consent).
web-talent-pool-not-asked = Not asked (keep what is recorded)
web-talent-pool-yes = Yes, they agreed
web-talent-pool-no = No, they declined
web-talent-pool-now-yes = Recorded: agreed to the talent pool.
web-talent-pool-now-no = Recorded: declined the talent pool.
web-note = Note
web-note-rule = Required when the proposed outcome was to discuss, or when the decision differs from it: why the panel decided this way.
web-not-recorded = The decision was not recorded:
web-upload = Upload a scorecard
web-on-behalf-of = On behalf of
web-scorecard-yaml = The filled scorecard (YAML)
web-upload-rule = Paste the whole file, e.g. one filled in from the template of hirekit fill --template -. It is checked as if it were in the hiring folder.
web-all-submitted = Every planned interviewer has submitted.
web-letter = Feedback letter
web-audit-log = Audit log
web-when = When
web-who = Who
web-action = Action
web-notes = Notes
web-why = Why
web-red-flags = Red flags
web-red-flag-verify = A red flag is a signal to verify, never to act on alone.
web-cautions = Caution
web-late-scorecards = Late scorecards
web-refilled = Refilled after the ratings were shown, no longer independent
web-cost = Cost of a mis-hire
web-cost-quick = Quick estimate
web-salary = Gross monthly salary in euros, without holiday allowance
web-exit-month = Month of the decision to part
web-route = How the employment ends
web-cost-file = Or: a whole input file
web-cost-yaml = Input file (YAML)
web-cost-yaml-rule = The same file as for hirekit cost FILE; when given, the quick estimate's fields are not used.
web-scenarios = Compare with deciding at the end of probation, at month 6 and at month 12
web-estimate = Estimate
web-download-pdf = Download as PDF
web-report = Report
web-cost-problems = The estimate could not be made. Please correct what is marked below.

# The feedback letter pages (`l.name` in letter.html).
web-letter-title = Feedback letter
web-letter-intro = The letter as the candidate reads it. Passages the guard found are marked, with the reason next to them.
web-letter-blocked = The guard found an error in this letter: it must not be sent, so it cannot be downloaded. Change the scorecard's feedback phrases or the letter template.
web-letter-error = error
web-letter-warning = warning
web-letter-findings = Findings
web-letter-download = Download
web-letter-pdf = PDF letter
web-letter-eml = E-mail draft (.eml)
web-letter-txt = Plain text
web-letter-back = Back to the candidate
web-letter-no-letter = No feedback letter yet
web-letter-not-downloadable = This letter cannot be downloaded
web-letter-not-rejected = A feedback letter is written only after the decision to reject this candidate.
web-letter-panel-awaiting = A feedback letter is written only when every planned interviewer has submitted their scorecard.
web-letter-assessment-incomplete = The scorecards do not rate every criterion, so the letter could not name the right strengths and gaps.

# Why a decision was not recorded (the rules of hirekit decide, worded for the form).
page-decision-choose = Choose advance or reject.
page-decision-choose-reason = Choose a reason.
page-decision-choose-talent-pool = Choose yes, no or not asked.
page-decision-panel-incomplete = The panel is not complete: no scorecard yet from { $awaited }. Decide once every planned interviewer has submitted.
page-decision-hidden-character = Your account's name contains an invisible character; ask a recruiter to write it as plain text.
page-decision-not-advance-or-reject = A debrief decides advance or reject.
page-decision-other-candidate-for-advance = "Another candidate matched the requirements more closely" explains a rejection; an advance follows from the job requirements: choose that reason.
page-decision-no-by = Your account needs a name: it is recorded as who decided.
page-decision-note-discussed = The proposed outcome was discuss, so the decision needs a note saying why: write it under Note.
page-decision-note-differs = The decision differs from the proposed outcome ({ $proposed }), so it needs a note saying why: write it under Note.
page-decision-final-twice = { $criterion } has two final ratings; give one.
page-decision-not-a-criterion = { $criterion } is not a criterion of this scorecard.
page-decision-not-disputed = { $criterion } was not disputed; final ratings are for disputed criteria only.
page-decision-outside-scale = The final rating of { $criterion } ({ $rating }) is outside the scale { $min }–{ $max }.
page-decision-final-without-reason = The final rating of { $criterion } needs a reason: what the answers contained, in terms of the anchors.
page-decision-final-missing = The panel met, so the disputed criterion { $criterion } needs a final rating.

# Why a candidate was not added or an interview not planned (the rules of hirekit candidate add
# and hirekit interview plan, one sentence per field).
page-intake-id-invalid = This cannot be a candidate id: use only a-z, 0-9, -, _ and ., starting and ending with a letter or a digit, e.g. c-2026-014 or fleur.de.vries.
page-intake-id-taken = A candidate with the id { $id } already exists; choose another id, or leave it empty for the next free one.
page-intake-name = Write the name on one line, as plain text (no invisible characters).
page-intake-email = Give one e-mail address like name@example.nl, in plain ASCII letters.
page-intake-address = Write each line of the address as plain text (no invisible characters).
page-intake-language = Choose Dutch or English.
page-intake-scorecard = Choose one of the scorecards listed.
page-intake-no-scorecard = There is no scorecard yet: add one to the hiring folder first (hirekit init copies one in).
page-intake-not-stored = The candidate could not be stored as written; nothing was changed (please report this).
page-plan-interviewer = Choose one of the interviewers listed.
page-plan-when = { $text } is not a date and time; give one as 2026-11-16 10:00.
page-plan-already = This interview is already planned: the same interviewer at the same time.

# The cost form's quick estimate, one sentence per field.
page-cost-salary = Give the gross monthly salary in euros, without holiday allowance, e.g. 5500.
page-cost-salary-range = This salary is outside the plausible range of the cost model; check for extra or missing digits.
page-cost-month = Give the month of the decision to part as a number of months after the start, e.g. 6.
page-cost-month-range = This month is outside what the cost model covers; check the number.
page-cost-route = Choose how the employment ends.
page-cost-route-fit = This way of ending does not fit the quick estimate, which assumes an indefinite contract; choose another, or paste a whole input file.
page-cost-not-estimated = The estimate could not be made from these numbers; check them, or paste a whole input file.

# Uploading a scorecard on an interviewer's behalf.
page-upload-not-planned = Choose an interviewer planned with this candidate who has not submitted; plan the interview first if it is missing.
page-upload-already-submitted = { $interviewer } has already submitted a scorecard for this candidate; nothing was changed.

# Replacing one's own submitted scorecard (hirekit fill --force).
web-replace = Replace my scorecard
web-replace-rule = Made a mistake? You can replace your scorecard: your answers open as a draft, and the scorecard above counts until you submit the new one. Once every colleague has submitted, a replaced scorecard is marked as no longer independent.
web-replacing = You are replacing the scorecard you submitted. It counts until you submit this one.

# Final ratings after the panel meeting (hirekit decide --panel-met --final).
web-final-ratings = Final ratings after the panel meeting
web-final-rule = The panel disagreed on these criteria. When it met to discuss them against the anchors, tick that it met and give each a final rating with its reason: what the answers contained, in terms of the anchors.
web-panel-met = The panel met about these criteria
web-final-rating = final rating
web-final-reason = reason for the final rating
web-no-final-rating = no final rating

# The audit log's actions (their codes are stored; a code without a message here is shown as is).
web-audit-view = viewed
web-audit-view-list = viewed the list of candidates
web-audit-view-pipeline = viewed the pipeline
web-audit-view-audit = viewed the audit log
web-audit-add-candidate = added the candidate
web-audit-plan-interview = planned an interview
web-audit-decide = recorded the decision
web-audit-upload-scorecard = uploaded a scorecard
web-audit-save-draft = saved a draft scorecard
web-audit-submit-scorecard = submitted a scorecard
web-audit-start-replace-scorecard = started replacing their scorecard
web-audit-replace-scorecard = replaced their scorecard
web-audit-view-letter = viewed the feedback letter
web-audit-download-letter-pdf = downloaded the feedback letter (PDF)
web-audit-download-letter-eml = downloaded the feedback letter (e-mail)
web-audit-download-letter-txt = downloaded the feedback letter (text)

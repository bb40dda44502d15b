# Words shared by several screens. One term per concept: see docs/glossary.md.

decision-advance = advance
decision-reject = rejected
decision-hired = hired
decision-withdrawn = withdrawn

outcome-advance = advance
outcome-reject = reject
outcome-reject-pool = reject · talent pool (near miss)
outcome-discuss = discuss
outcome-discuss-pool = discuss · talent pool if rejected
outcome-incomplete = incomplete

recommendation-strong-yes = strong yes
recommendation-yes = yes
recommendation-no = no
recommendation-strong-no = strong no

# A late scorecard: how long after the interview, against the agreed limit.
late-scorecard = { $delay } after the interview (limit { $limit })

# How well a red flag is known to predict anything (the checklists' evidence grade).
evidence-supported = supported
evidence-weak = weak evidence
evidence-bias-risk = bias risk

not-assessed = not assessed

# ── Diagnostics: the words before every problem hirekit reports ──────────────────────────────
# `path:line:column: error: message`, `warning: message` and `= hint:` are the forms compilers
# and editors recognise (an editor jumps to the place), so these three words stay English in
# every language; the message after them is in the reader's language.
diagnostic-error = error
diagnostic-warning = warning
diagnostic-hint = hint

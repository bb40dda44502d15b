# Woorden die meerdere schermen delen. Eén term per begrip: zie docs/glossary.md.

decision-advance = door naar volgende ronde
decision-reject = afgewezen
decision-hired = aangenomen
decision-withdrawn = teruggetrokken

outcome-advance = door naar volgende ronde
outcome-reject = afwijzen
outcome-reject-pool = afwijzen · talentenpool (net niet)
outcome-discuss = bespreken
outcome-discuss-pool = bespreken · bij afwijzing talentenpool
outcome-incomplete = onvolledig

recommendation-strong-yes = zeker wel
recommendation-yes = ja
recommendation-no = nee
recommendation-strong-no = zeker niet

# Een te late scorekaart: hoe lang na het gesprek, tegen de afgesproken termijn.
late-scorecard = { $delay } na het gesprek (termijn { $limit })

# Hoe goed bekend is dat een rode vlag iets voorspelt (de bewijsgraad in de checklists).
evidence-supported = onderbouwd
evidence-weak = zwak bewijs
evidence-bias-risk = biasrisico

not-assessed = niet beoordeeld

# ── Diagnostics: the words before every problem hirekit reports ──────────────────────────────
# `path:line:column: error: message`, `warning: message` and `= hint:` are the forms compilers
# and editors recognise (an editor jumps to the place), so these three words stay English in
# every language; the message after them is in the reader's language.
diagnostic-error = error
diagnostic-warning = warning
diagnostic-hint = hint

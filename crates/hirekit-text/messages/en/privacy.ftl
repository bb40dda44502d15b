# hirekit privacy: what is due under the retention rules, purging, export and erasure.

privacy-ended-by-decision = the decision
privacy-ended-by-letter = the letter
privacy-ended-by-last-interview = the last interview (no decision date recorded)
privacy-procedure = procedure ended { $date } with { $ended }
privacy-why-ask-renewal = talent-pool consent ends { $until }; ask a week before whether to keep it
privacy-why-consent-ended = talent-pool consent ended { $until } and was not renewed
privacy-why-refused-on = consent refused { $refused }; { $procedure }
privacy-why-refused-at-decision = consent refused at the decision; { $procedure }
privacy-why-consent-not-recorded = no dated consent ({ $procedure }); `talent_pool_consent: true` has no entry in consent.yaml
privacy-why-no-consent = no consent; { $procedure }
privacy-action-delete = delete
privacy-action-ask-renewal = ask renewal
privacy-nothing-due = Nothing is due on { $today }.
privacy-due-heading = Due on { $today }, most urgent first:
privacy-column-from = FROM
privacy-column-candidate = CANDIDATE
privacy-column-action = ACTION
privacy-column-purge-from = PURGE FROM
privacy-column-why = WHY
privacy-renewal-heading = --- Renewal request to { $candidate } ({ $language }) ---
privacy-renewal-subject = Subject: { $subject }
privacy-guard = guard: { $message }
privacy-interrupted = An interrupted purge left { $folders }: run `hirekit privacy purge --apply` to finish it.
privacy-unreadable = Not checked, fix their files first: { $candidates }
privacy-nothing-to-purge = Nothing to purge on { $today }.
privacy-purged = Purged { $candidate } (due { $due }, { $ground }): now { $anonymous }
privacy-would-purge = Would purge { $candidate } (due { $due }, { $ground }):
privacy-remove = remove { $path }
privacy-outside = outside the hiring folder, delete it yourself: { $path }
privacy-grace-week = In the grace week: { $candidate } (due { $due }), purged from { $purge }
privacy-apply-hint = Run again with --apply to do this.
privacy-consent-recorded = Recorded in { $path }: { $answers ->
    [one] { $answers } answer
   *[other] { $answers } answers
}.
privacy-exported = Wrote { $json } and { $pdf }
privacy-erased = Erased the personal data of { $candidate }; the anonymous ratings remain as { $anonymous }.
privacy-remove-anonymised = remove { $path } (anonymised)
privacy-ground-retention = retention
privacy-ground-consent-ended = consent ended
privacy-ground-erasure-request = erasure request

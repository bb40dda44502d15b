# `hirekit feedback`: which candidates get a letter, and what happened to each letter.

letters-skipped-on-record = skipped { $id } (letter of { $date } on record; --force writes a new one)
letters-skipped-decision = skipped { $id } (decision: { $decision })
letters-skipped-undecided = skipped { $id } (no decision yet)
letters-unreadable-candidate = candidate `{ $id }` could not be read (see the errors above)
letters-no-candidate = no candidate `{ $id }` in { $path }
letters-profile-todo = hirekit.yaml still has TODO values ({ $fields }): fill them in before writing letters
letters-no-scorecard = no scorecard for { $id }
letters-not-rejected = { $id }: the decision is `{ $decision }`, not `reject`; a rejection letter is only written after a rejection (use --force to write it anyway)
letters-undecided = { $id }: the decision is `none yet`, not `reject`; a rejection letter is only written after a rejection (use --force to write it anyway)
letters-panel-awaiting = { $id }: the panel is not complete: no scorecard yet from { $awaited }; a letter is written only when every planned interviewer has submitted (or use --force)
letters-assessment-incomplete = { $id }: the assessment is incomplete, so the letter could not name the right strengths and gaps; complete the scorecards first (or use --force)
letters-more-findings = letter to { $id }: … and { $count } more findings
letters-guard-refused = the letter to { $id } did not pass the guard and was not written; change the scorecard's feedback phrases or the template
letters-other-owner = { $path } belongs to the letter of candidate `{ $owner }`; hirekit will not replace it with the letter of `{ $id }` (not even with --force)
letters-exists = { $path } already exists; use --force to replace the letter
letters-wrote = wrote { $path }
letters-late = the letter to { $id } is { $days ->
        [one] { $days } day
       *[other] { $days } days
    } late: feedback was due by { $deadline } ({ $limit } days after the last interview)

# ── `hirekit feedback lint`: the guard on letters written by hand ─────────────────────────────
lint-more-findings = { $path }: … and { $count } more findings in this letter (counted below)
lint-none-checked = No letter checked.
lint-all-clean = { $letters ->
        [one] { $letters } letter
       *[other] { $letters } letters
    } checked: no problems found.
lint-errors = { $errors ->
        [one] { $errors } error
       *[other] { $errors } errors
    }
lint-warnings = { $warnings ->
        [one] { $warnings } warning
       *[other] { $warnings } warnings
    }
lint-errors-and-warnings = { $errors ->
        [one] { $errors } error
       *[other] { $errors } errors
    } and { $warnings ->
        [one] { $warnings } warning
       *[other] { $warnings } warnings
    }
# $found: lint-errors, lint-warnings or lint-errors-and-warnings.
lint-found = { $found } in { $with_findings } of { $letters ->
        [one] { $letters } letter
       *[other] { $letters } letters
    }.
lint-unreadable = { $files ->
        [one] { $files } file
       *[other] { $files } files
    } could not be read.
lint-not-utf8 = this is not UTF-8 text; save the letter as UTF-8 (in Word: Save As → Plain Text → Unicode (UTF-8))
lint-cannot-read = cannot read { $path }: { $reason }
lint-reason-missing = no such file
lint-reason-permission = permission denied
lint-reason-folder = it is a folder, not a file

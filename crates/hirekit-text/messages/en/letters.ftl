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

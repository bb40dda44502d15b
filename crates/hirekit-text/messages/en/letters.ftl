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

# ── `hirekit send`: e-mailing the letters, once each, with proof ──────────────────────────────
send-unreadable-candidate = candidate `{ $id }` could not be read (see the errors above)
send-no-candidate = no candidate `{ $id }` in { $path }
send-planned = { $id }: to { $name } <{ $email }>, "{ $subject }", { $letter }
send-planned-again = { $id }: to { $name } <{ $email }>, "{ $subject }", { $letter } (again: the previous one, <{ $message_id }>, went on { $at })
# $why: one of the send-refusal-* messages, which starts with the candidate's id.
send-skipped = skipped { $why }
send-no-scorecard = no scorecard for { $id }
send-letter-changed = { $id }: { $path } changed after it was generated (its SHA-256 differs from feedback.yaml); regenerate the letter (`hirekit feedback { $id } --force`)
send-no-server = no mail server: add `smtp:` (host, security) to { $path }, or give one with --smtp URL
send-confirm-with-yes = nothing sent: confirm with --yes to send these { $count } { $count ->
        [one] letter
       *[other] letters
    } through { $server }
# Followed by a space, on the line the answer is typed on.
send-ask = send these { $count } { $count ->
        [one] letter
       *[other] letters
    } through { $server }? [y/N]
send-nothing-sent = nothing sent
send-nothing-to-send = nothing to send
send-stopped = stopped: { $count } { $count ->
        [one] letter
       *[other] letters
    } not attempted; run `hirekit send` again to send the rest (nobody gets one twice)
send-cannot-send = { $id }: the letter's e-mail cannot be sent: { $why }
send-sent = sent { $id } to { $email } (Message-ID <{ $message_id }>; server: { $reply })
send-refused = { $id }: not sent: { $why }; nothing was delivered, a next run tries again
send-not-sent = { $id }: not sent: { $why }; nothing was delivered
send-unknown = { $id }: { $why }; it may or may not have arrived (Message-ID <{ $message_id }>): look for it before sending again
send-cannot-record = cannot write the sent record: { $why }
send-nothing-to-confirm = { $id }: no interrupted send to confirm; `hirekit send --verify { $id }` shows what was sent
send-confirmed = recorded <{ $message_id }> to { $id } as delivered (confirmed by hand)
send-never-sent = { $id }: nothing was ever sent (no { $path })
send-status-sent = sent
send-status-sent-by-hand = sent (confirmed by hand)
send-status-not-sent = not sent
send-status-unknown = outcome unknown
send-verify-attempt = { $status }: { $at } to { $to } via { $server }, Message-ID <{ $message_id }>
send-verify-reply = server: { $reply }
send-verify-error = error: { $error }
send-verify-copy = copy { $copy }: { $check }
send-verify-matches = matches its SHA-256 { $sha256 }
send-verify-differs = DOES NOT MATCH: recorded { $recorded }, the file has { $found }
send-verify-unreadable = CANNOT BE READ: { $why }
send-refusal-not-rejected = { $id }: the decision is `{ $decision }`, not `reject`; only a rejected candidate is sent a rejection
send-refusal-same-address = { $id }: the address is also that of candidate `{ $other }`, whose decision is `{ $decision }`; a rejection is never sent to someone who is advancing or was hired
send-refusal-panel-incomplete = { $id }: the panel is not complete: no scorecard yet from { $awaiting }
send-refusal-assessment-incomplete = { $id }: the assessment is incomplete; complete the scorecards, then regenerate the letter
send-refusal-no-letter = { $id }: no letter generated yet; run `hirekit feedback { $id }` first
send-refusal-no-email = { $id }: the latest letter has no e-mail; run `hirekit feedback { $id } --force` with the eml format
# $what: one of the send-changed-* messages.
send-refusal-stale = { $id }: { $what } changed after the letter was generated; regenerate it first (`hirekit feedback { $id } --force`)
send-changed-decision = the decision
send-changed-recipient = the name, e-mail address or postal address
send-changed-content = the candidate file or a filled scorecard
send-refusal-no-basis = { $id }: the letter was generated by a hirekit that did not record what it was written from; regenerate it first (`hirekit feedback { $id } --force`)
send-refusal-already-sent = { $id }: already sent on { $at } (Message-ID <{ $message_id }>); `--resend { $id }` sends the current letter again
# $how: one of the send-interrupted-* messages.
send-refusal-unresolved = { $id }: the send of { $at } (Message-ID <{ $message_id }>) was interrupted { $how }; it may or may not have arrived. Look for that Message-ID in the sent mail or the server's log, then run `hirekit send --confirm-sent { $id }` if it arrived or `hirekit send --resend { $id }` if it did not
send-interrupted-before-recorded = before its outcome was recorded
send-interrupted-after-handover = after the whole message was handed over, before the server answered

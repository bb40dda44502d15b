# hirekit redflags: the checklist of signals to verify, and the CV check.

redflags-title = Red flags for IT roles
redflags-how-to-read = Every item is a reason to verify, never a reason to reject. Items marked CAUTION track protected grounds or say nothing about the work (health, origin, age, family, nerves): at most note them as a caution to yourself, never score them and never mention them in a letter.
redflags-filter-stage = stage: { $stage }
redflags-filter-role = role: { $role } (with the items for all IT roles)
redflags-items = { $count ->
    [one] { $count } item
   *[other] { $count } items
}
redflags-label-signal = Signal
redflags-label-why = Why
redflags-label-verify = Verify
redflags-label-source = Source
redflags-no-items = No items for this stage and role.
redflags-do-not-score = Do not score: bias risk
redflags-count-red-flag = { $count ->
    [one] { $count } red flag
   *[other] { $count } red flags
}
redflags-count-caution = { $count ->
    [one] { $count } caution
   *[other] { $count } cautions
}
redflags-count-info = { $count } for information
redflags-no-findings = No findings: the CV's dates, hours and skills are consistent (as of { $day }).
redflags-findings-summary = { $total ->
    [one] { $total } finding
   *[other] { $total } findings
}: { $counts } (as of { $day }). Findings are questions to ask the candidate, not conclusions.

# ── The hiring folder around a command that also works outside one (`redflags check`) ─────────
nearby-no-such-file = { $path }: no such file
nearby-no-hiring-folder = `{ $id }` is not a file, and there is no hiring folder here to look up a candidate (no { $profile } in this folder or above)
nearby-no-candidate-file = no CV for candidate `{ $id }`: { $path } does not exist

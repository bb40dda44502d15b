# hirekit due: what needs doing now.

due-todo = Still to fill in, in hirekit.yaml (TODO): { $keys }.
due-no-candidates = No candidates yet: add one with `hirekit candidate add`.
due-nothing = Nothing due: everything is on time.
due-column-status = status
due-column-deadline = deadline
due-column-candidate = candidate
due-column-name = name
due-column-what = what
due-days-late = { $days } d late
due-today = today
due-days-left = { $days } d left
due-scorecard = scorecard from { $interviewer } missing
due-decision = all scorecards in: record the decision
due-feedback = send feedback: hirekit feedback { $candidate }
due-send = generated, not sent: hirekit send { $candidate }
due-unreadable = files have errors (see above): fix them first
due-as-of = as of { $today }
# The same tasks where no command line is at hand (the web app).
due-task-feedback = write the feedback letter
due-task-send = letter written, not yet sent
due-task-unreadable = the data has errors: fix them first

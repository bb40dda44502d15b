## hirekit decide (hirekit-debrief)
decide-recorded = recorded: { $id } { $decision } by { $by } (proposed: { $proposed })
decide-final = final { $criterion } = { $rating }: { $reason }
decide-refilled = note: refilled after the ratings were shown: { $interviewers }
decide-candidate-unreadable = candidate `{ $id }` could not be read (see the errors above)
decide-no-candidate = no candidate `{ $id }` in { $folder }
decide-no-scorecard = no scorecard for { $id }
decide-not-recorded = the decision on { $id } was not recorded:
decide-not-written = cannot write the debrief: { $error }
decide-candidate-layout = { $path } is not written one key per line, so hirekit cannot set the decision in it; nothing was recorded (write `decision:` and `decision_reason:` on lines of their own)
decide-final-shape = write CRITERION=RATING:REASON, e.g. `api-design=3:named the existing consumers`
decide-final-not-a-rating = `{ $rating }` is not a rating; { $shape }

# hirekit kit: the interview kit an interviewer takes into the room.

kit-title = Interview kit: { $role }
kit-blank-candidate = Candidate
kit-blank-interviewer = Interviewer
kit-blank-date = Date
kit-how-to-title = How to use this kit
kit-recommendation-title = Your recommendation
kit-about = scorecard `{ $scorecard }` · scale { $min }–{ $max }, meets the requirement from { $pass } ({ $label })
kit-weight = weight { $weight }
kit-must-have = must-have
kit-red-flags-title = Red flags in the interview
kit-red-flags-intro = A red flag is a reason to ask further, never a reason to reject on its own. Tick only what you saw and checked with the follow-up question.
kit-caution-title = CAUTION: bias risk, do not score
kit-caution-intro = These signals say nothing about the work or track protected grounds (health, origin, age, family). They are listed so you recognise them: never score them, do not let them colour your recommendation, and never mention them in feedback.
kit-label-requirement = Requirement
kit-label-questions = Questions
kit-label-point = Score
kit-label-meaning = Meaning
kit-label-anchor = What you see or hear
kit-label-pass = meets the requirement
kit-label-score = Score, right after the questions
kit-label-notes = Evidence and notes
kit-label-question = Question
kit-label-probe = Probe
kit-label-question-notes = Notes
kit-label-kind-and-weight = Kind and weight
kit-label-not-assessed-hint = (did not come up: that is not a low score)
kit-label-how-to-verify = How to verify
kit-label-seen = Seen
kit-label-why-not-counted = Why it does not count
kit-label-document = Interview kit
kit-label-page = Page { $page } of { $pages }

## How to use the kit, the time plan, the opening and the closing.

kit-how-to-1 = Ask every candidate the questions below, in this order and in these words.
kit-how-to-2 = If an answer stays vague, follow up with the probes under the question, the same for everyone. What only comes out after a probe scores at most { $probed_max }; the anchors say so too.
kit-how-to-3 = In the box under each question, note what the candidate says and does, not your impression.
kit-how-to-4 = Rate each criterion right after its questions, against the anchors in its table, and on your own: talk to the other interviewers only once everyone has submitted.
kit-how-to-5 = If a criterion did not come up, tick "not assessed": that is not a low score.
kit-how-to-6 = Use the { $hours } hours after the interview to write up the evidence, not to decide the score, and submit your scorecard: `hirekit fill --candidate ID --interviewer NAME`.
kit-plan-title = Time plan
kit-plan-column-part = Part
kit-plan-column-minutes = Min.
kit-plan-column-who = Who asks
kit-plan-opening = Opening
kit-plan-closing = Candidate's questions and closing
kit-plan-total = Total: { $minutes } min{ $unplanned ->
    [0] {""}
    [one] , plus 1 criterion without a planned time
   *[other] , plus { $unplanned } criteria without a planned time
}
kit-opening-title = Opening
kit-opening-1 = Introduce yourselves: your name, your role, and which of you asks about which topic.
kit-opening-2 = Explain the format: { $topics } topics in about { $minutes } minutes, the same questions for every candidate. Examples may come from recent or earlier work, study or open source. There is time for their own questions at the end.
kit-opening-3 = Say that you take notes, so that the assessment rests on what was said, and that they are used for this application only.
kit-opening-4 = Say that adjustments are possible, now or during the interview: a break, more time or a question on paper, for example.
kit-closing-title = Closing
kit-closing-1 = Give the candidate { $minutes } minutes for their own questions. Answer them; do not rate them.
kit-closing-2 = Say what happens next: the interviewers rate separately, and the candidate hears from us within { $days } days of the last interview, with the reasons if it is a rejection.
kit-closing-3 = Thank the candidate for their time.
kit-closing-4 = Afterwards: rate what you have not rated yet, and write up your evidence within { $hours } hours.

## Calibration: sample answers for training interviewers.

kit-calibration-title = Calibration: sample answers
kit-calibration-intro = For training interviewers, before the interviews: what an answer at each point of the scale sounds like. Rate a few samples together and compare your scores. Always rate a candidate against the anchors, not by comparing with these samples.

## Which scorecard a kit is for (hirekit-kit locate)
kit-no-scorecard-file = no scorecard file { $path }
kit-no-folder = `{ $arg }` is not a file, and there is no hiring folder to look it up in
kit-no-scorecard = no scorecard with id `{ $id }` in { $dir }
kit-language-missing = the scorecard `{ $id }` is written in { $written } only; use --lang { $first }

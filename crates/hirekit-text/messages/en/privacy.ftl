# hirekit privacy: what is due under the retention rules, purging, export and erasure.

privacy-ended-by-decision = the decision
privacy-ended-by-letter = the letter
privacy-ended-by-last-interview = the last interview (no decision date recorded)
privacy-added-to-pool = added to the talent pool by hand { $date }, no procedure
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
privacy-unreadable = Could not read { $candidates }, so this list is incomplete: fix the problems shown above (each at its file, line and column), then run this again.
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
privacy-purged-person = Purged { $candidate } (due { $due }, { $ground }): removed from the talent pool, nothing of it kept
privacy-remove-pool-entry = remove the talent-pool entry of { $candidate } with its contact log ({ $contacts ->
    [one] { $contacts } contact
   *[other] { $contacts } contacts
})
privacy-erased-person = Erased { $candidate } from the talent pool with its contact log; nothing of it is kept.
privacy-remove-anonymised = remove { $path } (anonymised)
privacy-ground-retention = retention
privacy-ground-consent-ended = consent ended
privacy-ground-erasure-request = erasure request

# privacy export: the readable document for the person (right of access), in their language.
privacy-export-title = Your personal data: what we hold about you
privacy-export-intro = This overview lists all the data { $company } keeps about you in hirekit, the tool we use for interviews and feedback (right of access, GDPR article 15). A computer-readable file with the same data in full comes with it.
privacy-export-who = Who we are
privacy-export-who-text = { $company } is responsible for this data. For questions about it, contact { $sender } ({ $email }).
privacy-export-held = What we hold about you
privacy-export-personal = Personal details
privacy-export-name = Name
privacy-export-given-name = Given name
privacy-export-email = E-mail address
privacy-export-address = Address
privacy-export-language = Language
privacy-export-dutch = Dutch
privacy-export-english = English
privacy-export-application = Your application
privacy-export-vacancy = Vacancy
privacy-export-reference = Reference
privacy-export-planned = Interview
privacy-export-with-on = with { $interviewer } on { $date }
privacy-export-interviews = Interviews and ratings
privacy-export-interview = Interview with { $interviewer } on { $date }:
privacy-export-criterion = Criterion
privacy-export-score = Score
privacy-export-evidence = Evidence
privacy-export-recommendation = Recommendation
privacy-export-red-flags = Red flags ticked
privacy-export-none = None.
privacy-export-decision = Decision
privacy-export-no-decision = No decision has been taken yet.
privacy-export-reason = Reason
privacy-export-reason-requirements = one or more requirements were not met
privacy-export-reason-other-candidate = another candidate was chosen
privacy-export-decided = { $decision }, recorded by { $by }
privacy-export-letters = Letters sent to you
privacy-export-date = Date
privacy-export-files = Files
privacy-export-consent = Consent
privacy-export-no-consent = You have not given consent to keep your data longer.
privacy-export-answer = Your answer
privacy-export-answer-given = yes, for the talent pool
privacy-export-answer-refused = no
privacy-export-how = How
privacy-export-how-letter-reply = reply to a letter
privacy-export-how-email = e-mail
privacy-export-how-form = form
privacy-export-how-conversation = conversation
privacy-export-until = Until
privacy-export-other = Other documents
privacy-export-other-text = We also hold these documents; the computer-readable file contains them in full:
privacy-export-retention = How long we keep it, and why
privacy-export-retention-rule = We use your data for the application procedure only. Without your consent we delete it { $weeks } weeks after the procedure ends for you; with your consent for our talent pool, we keep it until that consent ends (at most { $months } months after you gave it).
privacy-export-retention-running = Your application is still in progress; the period starts when it ends.
privacy-export-retention-date = The procedure ended for you on { $end }; your data is due for deletion on { $date }.
privacy-export-retention-consent = With your consent we keep your data until { $until }. A week before, we ask whether you want to stay in the talent pool.
privacy-export-rights = Your rights
privacy-export-right-access = You may see the data we hold about you: this overview (GDPR article 15).
privacy-export-right-correct = You may ask us to correct data that is wrong or incomplete (article 16).
privacy-export-right-erase = You may ask us to delete your data now (article 17).
privacy-export-right-withdraw = You may withdraw your consent at any time; what was done before stays lawful (article 7).
privacy-export-right-complain = You may complain to the Dutch Data Protection Authority, the Autoriteit Persoonsgegevens (article 77).
privacy-export-contact = To use one of these rights, reply to { $sender } ({ $email }).

# The export of a person added to the talent pool by hand.
privacy-export-pool = Our talent pool
privacy-export-kind = How we met
privacy-export-kind-declined_offer = you declined an offer from us
privacy-export-kind-event = we met at an event
privacy-export-kind-former_employee = you worked with us before
privacy-export-kind-referred = someone referred you to us
privacy-export-added-on = In the talent pool since
privacy-export-area = Area of interest
privacy-export-strengths = Strengths we noted
privacy-export-next = Next contact planned
privacy-export-contacts = Our contacts with you
privacy-export-topic = Topic
privacy-export-note = Note
privacy-export-channel-phone = phone
privacy-export-channel-email = e-mail
privacy-export-channel-video = video call
privacy-export-channel-meeting = meeting
privacy-export-channel-event = event
privacy-export-person-retention = We keep your data in our talent pool only with your consent, for at most { $months } months at a time. When your consent ends and you have not renewed it, or when you refuse or withdraw it, we delete your data.
privacy-export-person-due = Your consent is not in force, so your data is due for deletion.

# The request to renew talent-pool consent, a week before it ends (a message to the person).
privacy-renewal-mail-subject = Would you like to stay in our talent pool? A yes or no, please
privacy-renewal-mail-greeting = Dear { $name },
privacy-renewal-mail-reason = You gave us your consent to keep your details for our talent pool, so that we can contact you when a suitable vacancy opens. That consent ends on { $date }.
privacy-renewal-mail-question = Would you like to stay in the talent pool of { $company }?
privacy-renewal-mail-yes = - Answer YES: we keep your details for at most another { $months } months.
privacy-renewal-mail-no = - Answer NO, or do not answer: we delete your details after { $date }.
privacy-renewal-mail-withdraw = You can withdraw your consent at any time by replying to this message.
privacy-renewal-mail-closing = Kind regards,

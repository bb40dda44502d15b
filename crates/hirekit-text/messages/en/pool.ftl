# hirekit pool: the talent pool. Messages to a person are in their language; tables in the reader's.

pool-draft-greeting = Dear { $name },
pool-draft-last-contact = On { $date } we talked about { $topic }.
pool-draft-last-interview = In { $month } we spoke in the interviews for the role of { $role }.
pool-draft-first-met = { $kind ->
    [declined_offer] In { $month } we talked about coming to work at { $company }.
    [former_employee] In { $month } we spoke about your time at { $company }.
    [referred] In { $month } we were introduced to each other.
   *[other] We met in { $month }.
}
pool-draft-strength-one = What stayed with me: { $first }.
pool-draft-strength-two = What stayed with me: { $first }; and also { $second }.
pool-draft-checkin = I would like to hear how things have gone for you since. Do you have time for a short call in the coming weeks?
pool-draft-news = There is news at { $company } that I would like to tell you myself. Do you have time for a short call in the coming weeks?
pool-draft-vacancy = We are now looking for someone for the role of { $role }, and I thought of you because of { $strength }. Do you have time to talk about it in the coming weeks?
pool-draft-consent = You are in our talent pool with your consent until { $until }. If you would rather not be, let me know and we will delete your details.
pool-draft-regards = Kind regards,
pool-draft-subject-checkin = Catching up with { $company }
pool-draft-subject-news = News from { $company }
pool-draft-subject-vacancy = { $role } at { $company }

pool-added = { $member } added to the talent pool ({ $path }).
pool-logged = Contact with { $member } on { $date } logged ({ $path }).
pool-too-soon = this contact comes within three months of the previous one ({ $previous }): two or three contacts a year keep it personal, not pushy.
pool-draft-kept = Draft for { $member } in { $language ->
    [nl] Dutch
   *[en] English
} (kept in { $path } so it is never sent to anyone else word for word):
pool-draft-subject = Subject: { $subject }
pool-imported = { $changed ->
    [one] 1 member changed
   *[other] { $changed } members changed
} from { $file } ({ $path }).
pool-exported = { $count ->
    [one] 1 member
   *[other] { $count } members
} written to { $file }.
pool-empty = The talent pool is empty: add a rejected near miss or runner-up with `hirekit pool add ID`, or a person with `hirekit pool add --kind …`.
pool-nothing-due = Nobody to contact on { $today }.
pool-due-heading = Who to contact, as of { $today } (most urgent first):
pool-no-consent = Not contacted, no talent-pool consent in force: { $members } (see `hirekit privacy due`).
pool-no-match = Nobody in the pool has earlier ratings that meet a criterion of { $scorecard }.
pool-match-heading = Pool members for { $scorecard }, best match first:

pool-column-id = id
pool-column-next-date = next date
pool-column-from = from
pool-column-member = member
pool-column-name = name
pool-column-why = why
pool-column-kind = kind
pool-column-area = area of interest
pool-column-last-contact = last contact
pool-column-next = next action
pool-column-consent-until = consent until
pool-column-must-haves = must-haves
pool-column-weight = weight met
pool-column-evidence = evidence

pool-why-reconnect = first contact: the month named in the letter ({ $on })
pool-why-checkin = check-in due: last contact { $last }
pool-why-checkin-added = check-in due: added { $added }, no contact since
pool-why-next = next action: { $action } ({ $on })
pool-why-vacancy = open vacancy { $scorecard } matches ({ $met } of { $must } must-haves, { $percent }% of the weight)
pool-evidence-rated = { $criterion } ← { $earlier } rated { $mean } (pass { $pass })
pool-evidence-noted = { $criterion } ← { $earlier } noted as a strength
pool-evidence-same-requirement = same requirement

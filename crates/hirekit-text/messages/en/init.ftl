# hirekit init: the comments of a new hirekit.yaml, and what init says when it is done.

init-profile-header = # The company profile of this hiring folder: how letters are signed and which deadlines
    # apply. Every key is described in hirekit's docs/hiring-folder.md.
init-profile-company = # The company name as it appears on letters.
init-todo-company = company name
init-profile-address = # The postal address, one line per item.
init-todo-street = street and number
init-todo-postcode = postcode and place
init-profile-place = # The place letters are dated from ("Utrecht, 23 November 2026"); may be left out.
init-profile-sender = # Who signs letters and sends e-mails; replies go to `email`.
init-todo-sender-name = name of who signs
init-profile-phone = # phone: "030 123 45 67"   (optional: for questions)
init-profile-language = # The default language of letters and kits: nl or en (set per candidate too).
init-profile-scorecard-hours = # Hours after the interview within which interviewers submit their scorecard (1 to 168).
init-profile-feedback-days = # Days after the last interview within which a rejected candidate gets feedback (1 to 30).
init-profile-reconnect-months = # Months after which a near miss is offered to reconnect (1 to 12).
init-profile-scorecards = # The folder with the scorecards, relative to this file.
init-profile-interviewers = # How interviewers are named in letters, by handle (the name in `hirekit fill --interviewer`).
init-profile-logo = # Optional: a logo (PNG or JPEG) for PDF letters, relative to this file.
init-wrote = Wrote
init-still-todo = Still to fill in, in hirekit.yaml (marked TODO):
init-next = Next:
init-next-scorecard = read it, then edit it for the vacancy
init-next-due = what needs doing now

## The questions, for what no flag gave.

init-ask-intro = A new hiring folder. Press Enter to skip a question: a TODO line is written instead.
init-ask-company = Company name, as on letters:
init-ask-address-1 = Address, first line (street and number):
init-ask-address-2 = Address, second line (postcode and place):
init-ask-sender-name = Who signs the letters (full name):
init-ask-sender-email = E-mail address replies go to:
init-ask-scorecard-hours = Within how many hours after the interview do interviewers submit their scorecard (1-168, Enter: 24)?
init-ask-feedback-days = Within how many days after the last interview does a rejected candidate get feedback (1-30, Enter: 7)?
init-ask-whole-number = A whole number from { $min } to { $max }.
init-ask-scorecards = Scorecards to start from:
init-ask-which-scorecard = Which one (number or id, Enter: 1)?
init-ask-interviewer = An interviewer as handle=Full Name, e.g. ayla=Ayla Bakker (Enter: done):

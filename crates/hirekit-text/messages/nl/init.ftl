# hirekit init: de toelichting in een nieuwe hirekit.yaml, en wat init meldt als het klaar is.

init-profile-header = # Het bedrijfsprofiel van deze vacaturemap: hoe brieven ondertekend worden en welke termijnen
    # gelden. Elke sleutel staat beschreven in docs/hiring-folder.md van hirekit.
init-profile-company = # De bedrijfsnaam zoals die op brieven staat.
init-todo-company = bedrijfsnaam
init-profile-address = # Het postadres, één regel per item.
init-todo-street = straat en huisnummer
init-todo-postcode = postcode en plaats
init-profile-place = # De plaats waar brieven vandaan gedateerd worden ("Utrecht, 23 november 2026"); mag weg.
init-profile-sender = # Wie brieven ondertekent en e-mails verstuurt; antwoorden gaan naar `email`.
init-todo-sender-name = naam van wie ondertekent
init-profile-phone = # phone: "030 123 45 67"   (optioneel: voor vragen)
init-profile-language = # De standaardtaal van brieven en kits: nl of en (per kandidaat in te stellen).
init-profile-scorecard-hours = # Binnen hoeveel uur na het gesprek interviewers hun scorekaart indienen (1 tot 168).
init-profile-feedback-days = # Binnen hoeveel dagen na het laatste gesprek een afgewezen kandidaat feedback krijgt (1 tot 30).
init-profile-reconnect-months = # Na hoeveel maanden een bijna-geschikte kandidaat opnieuw contact krijgt (1 tot 12).
init-profile-scorecards = # De map met scorekaarten, ten opzichte van dit bestand.
init-profile-interviewers = # Hoe interviewers in brieven heten, per handle (de naam in `hirekit fill --interviewer`).
init-profile-logo = # Optioneel: een logo (PNG of JPEG) voor PDF-brieven, ten opzichte van dit bestand.
init-wrote = Geschreven:
init-still-todo = Nog in te vullen in hirekit.yaml (TODO):
init-next = Verder:
init-next-scorecard = lees hem, pas hem aan voor de vacature
init-next-due = wat er nu te doen is

## De vragen, voor wat geen optie gaf.

init-ask-intro = Een nieuwe vacaturemap. Enter slaat een vraag over: er komt dan een TODO-regel.
init-ask-company = Bedrijfsnaam, zoals op brieven:
init-ask-address-1 = Adres, eerste regel (straat en huisnummer):
init-ask-address-2 = Adres, tweede regel (postcode en plaats):
init-ask-sender-name = Wie ondertekent de brieven (volledige naam):
init-ask-sender-email = E-mailadres voor antwoorden:
init-ask-scorecard-hours = Binnen hoeveel uur na het gesprek dienen interviewers hun scorekaart in (1-168, Enter: 24)?
init-ask-feedback-days = Binnen hoeveel dagen na het laatste gesprek krijgt een afgewezen kandidaat feedback (1-30, Enter: 7)?
init-ask-whole-number = Een heel getal van { $min } tot en met { $max }.
init-ask-scorecards = Scorekaarten om mee te beginnen:
init-ask-which-scorecard = Welke (nummer of id, Enter: 1)?
init-ask-interviewer = Een interviewer als handle=Volledige Naam, bijv. ayla=Ayla Bakker (Enter: klaar):

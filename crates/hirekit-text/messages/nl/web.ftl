# De woorden van de pagina's van de webapp (`hirekit serve`). Een sleutel is in de sjablonen
# `t.naam` (`web-sign-in` is `t.sign_in`). Eén term per begrip: zie docs/glossary.md.

web-sign-in = Inloggen
web-email = E-mailadres
web-password = Wachtwoord
web-sign-in-failed = Het e-mailadres of wachtwoord klopt niet, of het account is even geblokkeerd na te veel pogingen.
web-set-password = Kies je wachtwoord
web-set-password-for = Je logt in als
web-password-rule = Minstens 12 tekens. Een zin onthoud je makkelijk.
web-password-short = Het wachtwoord is korter dan 12 tekens.
web-save = Opslaan
web-link-invalid = Deze inloglink is niet (meer) geldig. Vraag een recruiter om een nieuwe.
web-logout = Uitloggen
web-candidates = Kandidaten
web-my-interviews = Mijn gesprekken
web-candidate = Kandidaat
web-interview-at = Gesprek
web-scorecard-due = Scorekaart uiterlijk
web-submitted = Ingediend
web-not-submitted = Niet ingediend
web-no-interviews = Je hebt geen geplande gesprekken.
web-due = Wat moet er gebeuren
web-nothing-due = Er hoeft niets te gebeuren.
web-deadline = Uiterlijk
web-late = te laat
web-vacancy = Scorekaart
web-decision = Besluit
web-none = geen
web-panel = Panel
web-awaited = Nog verwacht
web-panel-hidden = Niets wat uit de beoordelingen volgt wordt getoond tot alle geplande interviewers hebben ingediend: iedereen beoordeelt zelfstandig.
web-own-first = Beoordelingen van collega's zie je pas nadat je je eigen scorekaart hebt ingediend.
web-outcome = Uitkomst
web-overall = Totaal
web-criterion = Criterium
web-mean = Gemiddelde
web-ratings = Beoordelingen
web-interviews = Gesprekken
web-your-scorecard = Je scorekaart
web-interview-kit = Interviewkit
web-not-shared = Je organisatie toont interviewers geen beoordelingen van collega's.
web-pipeline = Werkvoorraad
web-no-candidates = Nog geen kandidaten.
web-agreement = Scorekaarten op tijd
web-agreement-rule = Elke interviewer dient de scorekaart in binnen
web-hours = uur na het gesprek
web-interviewer = Interviewer
web-on-time = Op tijd
web-late-in = Te laat
web-open = Open
web-open-late = Open, deadline voorbij
web-add-candidate = Kandidaat toevoegen
web-full-name = Volledige naam
web-given-name = Naam in de aanhef (optioneel)
web-address = Postadres (optioneel)
web-address-rule = Eén regel per regel.
web-language = Taal van de brieven
web-candidate-id = Kandidaatnummer (optioneel)
web-id-rule = Leeg: het volgende vrije c-JAAR-NNN. Alleen a-z, 0-9, -, _ en .
web-not-saved = Er is niets opgeslagen. Verbeter wat hieronder staat.
web-plan-interview = Gesprek plannen
web-record-decision = Besluit vastleggen
web-current-decision = Vastgelegd besluit
web-no-decision = Nog geen besluit.
web-proposed = Voorstel
web-advance = Door naar volgende ronde
web-reject = Afwijzen
web-reason = Reden
web-reason-requirements = volgt uit de functie-eisen (wel of niet gehaald)
web-reason-other-candidate = een andere kandidaat paste beter bij de functie-eisen (alleen bij afwijzen)
web-talent-pool-question = Talentenpool: mogen we de gegevens bewaren om later contact op te nemen?
web-talent-pool-rule = Vraag het de kandidaat bij het besluit; de feedbackbrief volgt het antwoord. Gegevens langer bewaren dan gebruikelijk vraagt ook een gedateerde toestemming (hirekit privacy consent).
web-talent-pool-not-asked = Niet gevraagd (laat wat vastligt)
web-talent-pool-yes = Ja, akkoord
web-talent-pool-no = Nee, niet akkoord
web-talent-pool-now-yes = Vastgelegd: akkoord met de talentenpool.
web-talent-pool-now-no = Vastgelegd: niet akkoord met de talentenpool.
web-note = Toelichting
web-note-rule = Verplicht als het voorstel bespreken was, of als het besluit ervan afwijkt: waarom is zo besloten.
web-not-recorded = Het besluit is niet vastgelegd:
web-upload = Scorekaart uploaden
web-on-behalf-of = Namens
web-scorecard-yaml = De ingevulde scorekaart (YAML)
web-upload-rule = Plak het hele bestand, bijvoorbeeld ingevuld vanuit het sjabloon van hirekit fill --template -. Het wordt gecontroleerd alsof het in de vacaturemap staat.
web-all-submitted = Alle geplande interviewers hebben ingediend.
web-letter = Feedbackbrief
web-audit-log = Logboek
web-when = Wanneer
web-who = Wie
web-action = Actie
web-notes = Opmerkingen
web-why = Waarom
web-red-flags = Rode vlaggen
web-red-flag-verify = Een rode vlag is een signaal om te verifiëren, nooit om alleen op af te gaan.
web-cautions = Let op
web-late-scorecards = Scorekaarten te laat
web-refilled = Opnieuw ingevuld na het zien van de beoordelingen, niet meer onafhankelijk
web-cost = Kosten van een mis-hire
web-cost-quick = Snelle schatting
web-salary = Bruto maandsalaris in euro, zonder vakantiegeld
web-exit-month = Maand van het besluit om uit elkaar te gaan
web-route = Hoe het dienstverband eindigt
web-cost-file = Of: een volledig invoerbestand
web-cost-yaml = Invoerbestand (YAML)
web-cost-yaml-rule = Hetzelfde bestand als voor hirekit cost BESTAND; als het er staat, tellen de velden van de snelle schatting niet.
web-scenarios = Vergelijk met besluiten aan het eind van de proeftijd, in maand 6 en in maand 12
web-estimate = Schatten
web-download-pdf = Downloaden als PDF
web-report = Rapport
web-cost-problems = De schatting kon niet worden gemaakt. Verbeter wat hieronder staat.

# The feedback letter pages (`l.name` in letter.html).
web-letter-title = Feedbackbrief
web-letter-intro = De brief zoals de kandidaat hem leest. Passages die de controle vond zijn gemarkeerd, met de reden ernaast.
web-letter-blocked = De controle vond een fout in deze brief: hij mag niet verstuurd worden en is dus niet te downloaden. Pas de feedbackzinnen van de scorekaart of de brieftemplate aan.
web-letter-error = fout
web-letter-warning = waarschuwing
web-letter-findings = Bevindingen
web-letter-download = Downloaden
web-letter-pdf = PDF-brief
web-letter-eml = E-mailconcept (.eml)
web-letter-txt = Platte tekst
web-letter-back = Terug naar de kandidaat
web-letter-no-letter = Nog geen feedbackbrief
web-letter-not-downloadable = Deze brief is niet te downloaden
web-letter-not-rejected = Een feedbackbrief wordt pas geschreven na het besluit deze kandidaat af te wijzen.
web-letter-panel-awaiting = Een feedbackbrief wordt pas geschreven als elke geplande interviewer de scorekaart heeft ingediend.
web-letter-assessment-incomplete = De scorekaarten beoordelen niet elk criterium, dus de brief kan niet de juiste sterke punten en tekortkomingen noemen.

# Waarom een besluit niet is vastgelegd (de regels van hirekit decide, in de woorden van het formulier).
page-decision-choose = Kies door naar volgende ronde of afwijzen.
page-decision-choose-reason = Kies een reden.
page-decision-choose-talent-pool = Kies ja, nee of niet gevraagd.
page-decision-panel-incomplete = Het panel is niet compleet: nog geen scorekaart van { $awaited }. Besluit zodra elke geplande interviewer heeft ingediend.
page-decision-hidden-character = De naam van je account bevat een onzichtbaar teken; vraag een recruiter die als gewone tekst te schrijven.
page-decision-not-advance-or-reject = Bij een debrief is het besluit door naar volgende ronde of afwijzen.
page-decision-other-candidate-for-advance = "Een andere kandidaat paste beter bij de functie-eisen" verklaart een afwijzing; door naar volgende ronde volgt uit de functie-eisen: kies die reden.
page-decision-no-by = Je account heeft een naam nodig: die wordt vastgelegd als wie besloot.
page-decision-note-discussed = Het voorstel was bespreken, dus het besluit heeft een toelichting nodig: schrijf die onder Toelichting.
page-decision-note-differs = Het besluit wijkt af van het voorstel ({ $proposed }), dus het heeft een toelichting nodig: schrijf die onder Toelichting.
page-decision-final-twice = { $criterion } heeft twee eindcijfers; geef er één.
page-decision-not-a-criterion = { $criterion } is geen criterium van deze scorekaart.
page-decision-not-disputed = Over { $criterion } was het panel niet oneens; een eindcijfer is alleen voor criteria waarover het oneens was.
page-decision-outside-scale = Het eindcijfer van { $criterion } ({ $rating }) valt buiten de schaal { $min }–{ $max }.
page-decision-final-without-reason = Het eindcijfer van { $criterion } heeft een reden nodig: wat de antwoorden bevatten, in de termen van de ankers.
page-decision-final-missing = Het panel is bijeengekomen, dus het criterium { $criterion }, waarover het oneens was, heeft een eindcijfer nodig.

# Waarom een kandidaat niet is toegevoegd of een gesprek niet gepland (de regels van hirekit
# candidate add en hirekit interview plan, één zin per veld).
page-intake-id-invalid = Dit kan geen kandidaatnummer zijn: gebruik alleen a-z, 0-9, -, _ en ., met een letter of cijfer aan begin en eind, bijvoorbeeld c-2026-014 of fleur.de.vries.
page-intake-id-taken = Er is al een kandidaat met het nummer { $id }; kies een ander nummer, of laat het leeg voor het volgende vrije.
page-intake-name = Schrijf de naam op één regel, als gewone tekst (zonder onzichtbare tekens).
page-intake-email = Geef één e-mailadres zoals naam@voorbeeld.nl, in gewone ASCII-letters.
page-intake-address = Schrijf elke regel van het adres als gewone tekst (zonder onzichtbare tekens).
page-intake-language = Kies Nederlands of Engels.
page-intake-scorecard = Kies een van de genoemde scorekaarten.
page-intake-no-scorecard = Er is nog geen scorekaart: zet er eerst een in de vacaturemap (hirekit init kopieert er een).
page-intake-not-stored = De kandidaat kon niet worden opgeslagen zoals geschreven; er is niets veranderd (meld dit alsjeblieft).
page-plan-interviewer = Kies een van de genoemde interviewers.
page-plan-when = { $text } is geen datum en tijd; geef die als 2026-11-16 10:00.
page-plan-already = Dit gesprek is al gepland: dezelfde interviewer op hetzelfde moment.

# De snelle schatting van het kostenformulier, één zin per veld.
page-cost-salary = Geef het bruto maandsalaris in euro, zonder vakantiegeld, bijvoorbeeld 5500.
page-cost-salary-range = Dit salaris valt buiten wat het kostenmodel aannemelijk vindt; kijk of er een cijfer te veel of te weinig staat.
page-cost-month = Geef de maand van het besluit om uit elkaar te gaan als aantal maanden na de start, bijvoorbeeld 6.
page-cost-month-range = Deze maand valt buiten wat het kostenmodel beslaat; controleer het getal.
page-cost-route = Kies hoe het dienstverband eindigt.
page-cost-route-fit = Deze manier van eindigen past niet bij de snelle schatting, die uitgaat van een vast contract; kies een andere, of plak een volledig invoerbestand.
page-cost-not-estimated = De schatting kon met deze getallen niet worden gemaakt; controleer ze, of plak een volledig invoerbestand.

# Een scorekaart uploaden namens een interviewer.
page-upload-not-planned = Kies een interviewer die met deze kandidaat gepland staat en nog niet heeft ingediend; plan het gesprek eerst als het ontbreekt.
page-upload-already-submitted = { $interviewer } heeft al een scorekaart voor deze kandidaat ingediend; er is niets veranderd.

# De eigen ingediende scorekaart vervangen (hirekit fill --force).
web-replace = Mijn scorekaart vervangen
web-replace-rule = Een fout gemaakt? Je kunt je scorekaart vervangen: je antwoorden openen als concept, en de scorekaart hierboven telt tot je de nieuwe indient. Hebben alle collega's al ingediend, dan wordt een vervangen scorekaart gemarkeerd als niet meer onafhankelijk.
web-replacing = Je vervangt de scorekaart die je hebt ingediend. Die telt tot je deze indient.

# Eindcijfers na het panelgesprek (hirekit decide --panel-met --final).
web-final-ratings = Eindcijfers na het panelgesprek
web-final-rule = Over deze criteria was het panel het oneens. Is het panel bijeengekomen om ze langs de ankers te bespreken, vink dat dan aan en geef elk een eindcijfer met de reden: wat de antwoorden bevatten, in de termen van de ankers.
web-panel-met = Het panel is over deze criteria bijeengekomen
web-final-rating = eindcijfer
web-final-reason = reden van het eindcijfer
web-no-final-rating = geen eindcijfer

# De acties van het logboek (hun codes worden bewaard; een code zonder bericht hier staat er zoals hij is).
web-audit-view = bekeken
web-audit-view-list = de lijst met kandidaten bekeken
web-audit-view-pipeline = de werkvoorraad bekeken
web-audit-view-audit = het logboek bekeken
web-audit-add-candidate = de kandidaat toegevoegd
web-audit-plan-interview = een gesprek gepland
web-audit-decide = het besluit vastgelegd
web-audit-upload-scorecard = een scorekaart geüpload
web-audit-save-draft = een concept-scorekaart opgeslagen
web-audit-submit-scorecard = een scorekaart ingediend
web-audit-start-replace-scorecard = begonnen de eigen scorekaart te vervangen
web-audit-replace-scorecard = de eigen scorekaart vervangen
web-audit-view-letter = de feedbackbrief bekeken
web-audit-download-letter-pdf = de feedbackbrief gedownload (PDF)
web-audit-download-letter-eml = de feedbackbrief gedownload (e-mail)
web-audit-download-letter-txt = de feedbackbrief gedownload (tekst)

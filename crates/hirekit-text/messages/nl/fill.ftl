# hirekit fill: de begeleide scorekaart.

## Weigeringen en afsluitingen

fill-bad-interviewer-name = `{ $name }` kan geen bestandsnaam zijn: gebruik een naam of handle zonder schuine strepen en zonder punt vooraan, bijv. `anna`
fill-misspelt-interviewer = `{ $name }` heeft geen gepland gesprek met { $candidate }; bedoel je `{ $planned }`? (gepland: { $all })
fill-already-submitted =
    { $interviewer } heeft al een scorekaart ingediend voor { $candidate }: { $path }
    Gebruik --force om die te vervangen.
fill-interview-ahead = het gesprek van { $interviewer } met { $candidate } is gepland op { $at }: vul de scorekaart in na het gesprek
fill-rating-dropped = Je concept had een score voor `{ $criterion }` die niet meer bij de scorekaart past; die vraag komt opnieuw.
fill-template-written =
    Geschreven: { $path }
    Vul hem in met je editor; `hirekit score { $candidate }` controleert hem.
fill-submitted = Ingediend: { $path }
fill-submitted-late = Te laat: ingediend { $lateness }.
fill-thanks = Bedankt. Bespreek je scores pas met de andere interviewers als iedereen heeft ingediend.
fill-stopped-saved = Gestopt voor het indienen. Je antwoorden staan in { $path }; voer hetzelfde commando opnieuw uit om verder te gaan.
fill-stopped-nothing = Gestopt; er was nog niets beantwoord.

## De begeleiding

fill-interviewer = Interviewer: { $interviewer }
fill-replacing = Je vervangt de scorekaart die je eerder indiende (--force).
fill-rule-independent = Beoordeel zelfstandig: bespreek je scores pas met de andere interviewers als iedereen heeft ingediend.
fill-rule-evidence = Geef bij elke score bewijs: wat de kandidaat zei of deed, geen indruk.
fill-rule-not-assessed = "Niet beoordeeld" (n) betekent dat het onderwerp niet aan bod kwam; dat is geen lage score.
fill-rule-saved = Elk antwoord wordt meteen bewaard. Stop wanneer je wilt (Ctrl-C) en voer hetzelfde commando opnieuw uit om verder te gaan.
fill-deadline = Gesprek: { $interview }. Dien je scorekaart in binnen { $limit }: vóór { $due }.
fill-deadline-passed = Gesprek: { $interview }. Deze scorekaart had binnen { $limit } ingediend moeten zijn, vóór { $due } ({ $ago } geleden): vul hem nu in, nu je het gesprek nog weet.
fill-none = geen
fill-not-planned = { $interviewer } staat niet bij de geplande gesprekken van { $candidate } (gepland: { $planned }).
fill-resuming = Verder met je bewaarde concept: { $done } van { $total } criteria beoordeeld.
fill-weight = gewicht { $weight }
fill-must-have = harde eis
fill-requirement = Functie-eis:
fill-questions = Vragen:
fill-scale = Schaal (voldoende vanaf { $pass } { $label }):
fill-red-flags-heading = Rode vlaggen (optioneel)
fill-red-flags-intro = Vink alleen aan wat je in dit gesprek zag én met de vervolgvraag hebt nagegaan. Een rode vlag is een reden om door te vragen, nooit op zichzelf een reden om af te wijzen.
fill-verify = Toetsen:
fill-bias-caution = LET OP, biasrisico: deze signalen zeggen niets over het werk of hangen samen met beschermde gronden. Ze staan hier zodat je ze herkent; geef er nooit punten voor:
fill-recommendation-heading = Je aanbeveling
fill-recommendation-question = Moet deze kandidaat door naar de volgende ronde of worden aangenomen?
fill-summary-heading = Je scorekaart
fill-summary-red-flags = Rode vlaggen
fill-summary-recommendation = Aanbeveling

## Het sjabloon (--template): commentaar in een YAML-bestand

fill-template-title = Scorekaart van { $interviewer } voor { $name } ({ $candidate }): { $title }
fill-template-instructions =
    Vul deze scorekaart zelfstandig in, binnen { $limit } na het gesprek, en bespreek je scores pas met de andere interviewers als iedereen heeft ingediend.
    Geef bij elk criterium een score met bewijs: wat de kandidaat zei of deed. Kwam een criterium niet aan bod, vervang dan `score` en `evidence` door `not_assessed: true`; dat is geen lage score.
    Schrijf het bewijs op de ingesprongen regels onder `evidence: >-`.
    Controleer het bestand daarna met `hirekit score { $candidate }`.
fill-template-interviewed-at = wanneer het gesprek was, bijv.
fill-template-submitted-at = wanneer je dit invult, bijv.
fill-template-evidence = wat de kandidaat zei of deed, op de regels hieronder
# De codes zijn Engelse woorden: in het Nederlands staat de vertaling erachter.
fill-template-choice = { $code } ({ $label })
fill-template-choices = { $first } of { $last }
fill-template-recommendation = Je aanbeveling:
fill-template-red-flags-intro = Rode vlaggen (optioneel): de ids van wat je in dit gesprek zag én met de vervolgvraag hebt nagegaan, bijv. `red_flags: [interview-no-concrete-own-work]`. Een rode vlag is een reden om door te vragen, nooit op zichzelf een reden om af te wijzen.
fill-template-bias-caution = LET OP, biasrisico: deze signalen zeggen niets over het werk of hangen samen met beschermde gronden. Geef er nooit punten voor:

## Vragen en antwoorden

fill-ask-interview-time = Wanneer was het gesprek? (JJJJ-MM-DD UU:MM)
fill-score-saved = Score: { $score } { $label } ({ $saved })
fill-saved-before = al bewaard
fill-not-assessed-choice = n (niet beoordeeld)
fill-enter-keeps = Enter houdt: { $kept }
fill-ask-evidence = Bewijs: wat zei of deed de kandidaat?
fill-evidence-required = Bij elke score hoort bewijs. Schrijf op wat de kandidaat zei of deed (één regel).
fill-ask-red-flags = Nummers of ids van rode vlaggen, gescheiden door spaties (Enter voor geen):
fill-ask-tick-caution = Toch aanvinken, als aandachtspunt dat nooit meetelt? (j/n)
fill-ask-recommendation = Je aanbeveling (1-4):
fill-ask-review = Enter = indienen, of een nummer (1-{ $last }) om dat antwoord te wijzigen:
fill-review-invalid = Druk op Enter of typ een nummer van 1 tot { $last }.
fill-time-format = Schrijf de datum en tijd als 2026-11-20 10:00, of volgens RFC 3339 (2026-11-20T10:00:00+01:00).
fill-time-ahead = Dat ligt in de toekomst: vul de scorekaart in na het gesprek.
fill-ask-score = Score ({ $min }-{ $max }, of n = niet beoordeeld):
fill-score-invalid = Typ een score van { $min } tot { $max }, of n als dit onderwerp niet aan bod kwam.
fill-red-flag-number-invalid = Er is geen rode vlag met nummer { $number }; kies 1 tot { $last }.
fill-red-flag-unknown = Onbekende rode vlag `{ $id }`.
fill-red-flag-did-you-mean = Bedoel je `{ $suggestion }`?
fill-yes-no-invalid = Antwoord j of n.
fill-recommendation-invalid = Typ 1, 2, 3 of 4 (of strong_no, no, yes, strong_yes).

## Geschreven bestanden

fill-draft-header =
    Concept van een scorekaart, na elk antwoord bewaard door `hirekit fill`.
    Voer hetzelfde commando opnieuw uit om verder te gaan; hirekit leest dit bestand pas mee als de scorekaart is ingediend.
fill-filled-header = Scorekaart van { $interviewer } voor { $name } ({ $candidate }), ingevuld met `hirekit fill`.
fill-filled-refilled = Opnieuw ingevuld (--force) nadat de beoordelingen van het panel zichtbaar waren.
fill-no-candidate = geen kandidaat `{ $id }` in { $folder }
fill-did-you-mean = (bedoel je `{ $suggestion }`?)
fill-template-value = --template heeft geen waarde, of `-` voor standaarduitvoer (niet `{ $value }`)
fill-draft-unreadable = kan niet verder met het concept { $path }: herstel het, of verwijder het om opnieuw te beginnen
fill-draft-other = het concept { $path } hoort bij kandidaat `{ $candidate }`, interviewer `{ $interviewer }` en scorekaart `{ $scorecard }`, niet bij dit gesprek: verwijder het om opnieuw te beginnen
fill-draft-not-saved = je concept kon niet worden bewaard

## Wat ontbreekt voor indienen (het webformulier toont elk bij het veld)

fill-problem-score = Kies een score, of "niet beoordeeld" als dit niet aan bod kwam.
fill-problem-evidence = Bij een score hoort bewijs: schrijf op wat de kandidaat zei of deed.
fill-problem-interviewed-at = Het tijdstip van het gesprek ontbreekt.
fill-problem-red-flags = Geef aan welke rode vlaggen je zag, als die er waren.
fill-problem-recommendation = Kies je aanbeveling.

## Het webformulier (`hirekit serve`)

fill-web-title = Je scorekaart
fill-web-due = Gesprek: { $at }. Dien je scorekaart in vóór { $due }.
fill-web-ahead = Het gesprek staat gepland op { $at }: vul de scorekaart in na het gesprek.
fill-web-save = Concept opslaan
fill-web-saved = Concept opgeslagen:
fill-web-submit = Scorekaart indienen
fill-web-submit-note = Na het indienen kun je je scorekaart niet meer wijzigen.
fill-web-errors = Nog niet ingediend. Vul nog aan:
fill-web-submitted = Je hebt deze scorekaart ingediend op { $at }.
fill-web-already-submitted = Je hebt deze scorekaart al ingediend; hij is niet nog eens ingediend.
fill-web-kit-pdf = Download de kit als pdf (om te printen)
fill-web-score = Je score

## The walk-through as a library (hirekit-fill session)
fill-incomplete = de scorekaart is nog niet compleet
fill-no-scorecard-stored = kandidaat `{ $candidate }`: er is geen scorekaart `{ $scorecard }` in de database
fill-template-database = op een database kan `--template` zonder waarde niet worden ingediend door het bestand op te slaan; toon het met `--template -`, of vul de scorekaart in met `hirekit fill`

# hirekit kit: de interviewkit die een interviewer mee het gesprek in neemt.

kit-title = Interviewkit: { $role }
kit-blank-candidate = Kandidaat
kit-blank-interviewer = Interviewer
kit-blank-date = Datum
kit-how-to-title = Zo gebruik je deze kit
kit-recommendation-title = Je aanbeveling
kit-about = scorekaart `{ $scorecard }` · schaal { $min }–{ $max }, voldoende vanaf { $pass } ({ $label })
kit-weight = gewicht { $weight }
kit-must-have = harde eis
kit-red-flags-title = Rode vlaggen in het gesprek
kit-red-flags-intro = Een rode vlag is een reden om door te vragen, nooit op zichzelf een reden om af te wijzen. Vink alleen aan wat je zag én met de vervolgvraag hebt nagegaan.
kit-caution-title = LET OP: biasrisico, niet meewegen
kit-caution-intro = Deze signalen zeggen niets over het werk of hangen samen met beschermde gronden (gezondheid, afkomst, leeftijd, gezin). Ze staan hier zodat je ze herkent: geef er nooit punten voor, laat ze je aanbeveling niet kleuren en noem ze nooit in feedback.
kit-label-requirement = Functie-eis
kit-label-questions = Vragen
kit-label-point = Score
kit-label-meaning = Betekenis
kit-label-anchor = Wat je ziet of hoort
kit-label-pass = voldoende
kit-label-score = Score, direct na de vragen
kit-label-notes = Bewijs en aantekeningen
kit-label-question = Vraag
kit-label-probe = Doorvragen
kit-label-question-notes = Aantekeningen
kit-label-kind-and-weight = Soort en weging
kit-label-not-assessed-hint = (kwam niet aan bod: dat is geen lage score)
kit-label-how-to-verify = Zo toets je het
kit-label-seen = Gezien
kit-label-why-not-counted = Waarom het niet telt
kit-label-document = Interviewkit
kit-label-page = Pagina { $page } van { $pages }

## Hoe je de kit gebruikt, de tijdsplanning, de opening en de afsluiting.

kit-how-to-1 = Stel elke kandidaat de vragen hieronder, in deze volgorde en in deze woorden.
kit-how-to-2 = Blijft een antwoord vaag, vraag dan door met de vervolgvragen onder de vraag, bij iedereen dezelfde. Wat pas na een vervolgvraag komt, scoort hoogstens { $probed_max }; dat staat ook in de ankers.
kit-how-to-3 = Noteer in het vak onder elke vraag wat de kandidaat zegt en doet, niet je indruk.
kit-how-to-4 = Beoordeel elk criterium direct na de vragen erover, met de ankers in de tabel, en zelfstandig: praat pas met de andere interviewers als iedereen heeft ingediend.
kit-how-to-5 = Kwam een criterium niet aan bod, kruis dan "niet beoordeeld" aan: dat is geen lage score.
kit-how-to-6 = Gebruik de { $hours } uur na het gesprek om het bewijs uit te werken, niet om de score te bepalen, en dien je scorekaart in: `hirekit fill --candidate ID --interviewer NAAM`.
kit-plan-title = Tijdsplanning
kit-plan-column-part = Onderdeel
kit-plan-column-minutes = Min.
kit-plan-column-who = Wie vraagt
kit-plan-opening = Opening
kit-plan-closing = Vragen van de kandidaat en afsluiting
kit-plan-total = Totaal: { $minutes } min{ $unplanned ->
    [0] {""}
    [one] , plus 1 criterium zonder geplande tijd
   *[other] , plus { $unplanned } criteria zonder geplande tijd
}
kit-opening-title = Opening
kit-opening-1 = Stel jezelf voor: je naam, je rol, en wie van jullie over welk onderwerp vraagt.
kit-opening-2 = Leg de opzet uit: { $topics } onderwerpen in ongeveer { $minutes } minuten, dezelfde vragen voor iedere kandidaat. Voorbeelden mogen uit recent of eerder werk komen, uit een studie of uit open source. Aan het eind is er tijd voor eigen vragen.
kit-opening-3 = Zeg dat je aantekeningen maakt, zodat de beoordeling steunt op wat er gezegd is, en dat ze alleen voor deze sollicitatie worden gebruikt.
kit-opening-4 = Zeg dat aanpassingen mogelijk zijn, nu of tijdens het gesprek: bijvoorbeeld een pauze, meer tijd of een vraag op papier.
kit-closing-title = Afsluiting
kit-closing-1 = Geef de kandidaat { $minutes } minuten voor eigen vragen. Beantwoord ze; beoordeel ze niet.
kit-closing-2 = Vertel wat er nu gebeurt: de interviewers beoordelen los van elkaar, en de kandidaat hoort binnen { $days } dagen na het laatste gesprek van ons, ook bij een afwijzing, en dan met de reden.
kit-closing-3 = Bedank de kandidaat voor de tijd.
kit-closing-4 = Daarna: beoordeel wat je nog niet hebt beoordeeld en werk binnen { $hours } uur je bewijs uit.

## Kalibratie: voorbeeldantwoorden voor de training van interviewers.

kit-calibration-title = Kalibratie: voorbeeldantwoorden
kit-calibration-intro = Voor de training van interviewers, vóór de gesprekken: zo klinkt een antwoord op elk punt van de schaal. Beoordeel samen een paar voorbeelden en vergelijk je scores. Beoordeel een kandidaat altijd met de ankers, niet door te vergelijken met deze voorbeelden.

## Which scorecard a kit is for (hirekit-kit locate)
kit-no-scorecard-file = geen scorekaartbestand { $path }
kit-no-folder = `{ $arg }` is geen bestand, en er is geen vacaturemap om het in op te zoeken
kit-no-scorecard = geen scorekaart met id `{ $id }` in { $dir }
kit-language-missing = de scorekaart `{ $id }` is alleen geschreven in { $written }; gebruik --lang { $first }

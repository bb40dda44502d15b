# hirekit score: de beoordelingen van het panel per kandidaat.

score-status-awaiting = wacht op scorekaarten
score-status-awaiting-heading = WACHT OP SCOREKAARTEN
score-nobody-yet = nog niemand
score-awaited = ingediend: { $submitted }; wacht op: { $awaited }
score-hidden = beoordelingen blijven verborgen tot iedereen heeft ingediend (--reveal toont ze)
score-hidden-sentence = Beoordelingen blijven verborgen tot iedereen heeft ingediend.
score-decision = besluit
score-shown-early = vroeg getoond (--reveal):
score-shown-early-sentence = Vroeg getoond (--reveal):
score-status = Status
score-proposed = Voorstel

# De samenvattende regel van de tabel.
score-overall = totaal
score-overall-heading = Totaal
score-advance-at = door vanaf
score-talent-pool-at = talentenpool vanaf
score-coverage = dekking
score-coverage-heading = Dekking
score-minimum-short = min.
score-minimum = minimum

# Kolomkoppen (kort: ze staan boven smalle kolommen).
score-column-criterion = criterium
score-column-weight = gew
score-column-must = eis
score-column-mean = gem.
score-column-criterion-heading = Criterium
score-column-weight-heading = Gewicht
score-column-must-heading = Harde eis
score-column-mean-heading = Gemiddeld
score-column-notes-heading = Let op
score-yes = ja

score-must-have-split = harde eis verdeeld
score-must-have-failed = harde eis niet gehaald
score-below-pass = onder de lat
score-disagreement = ⚠ oneens (≥2 punten)
score-disagreement-note = oneens (≥ 2 punten)

score-late = te laat:
score-late-line = { $interviewer }, ingediend { $lateness }
score-late-item = { $interviewer } diende te laat in: { $lateness }
score-refilled = opnieuw ingevuld:
score-refilled-line = { $interviewers } na het zien van de beoordelingen (--force); niet meer onafhankelijk

score-caution = let op
score-caution-heading = Let op
score-bias-risk = biasrisico: telt nooit mee
score-bias-risk-note = biasrisico, telt nooit mee
score-red-flag = rode vlag
score-red-flag-heading = Rode vlag
score-red-flag-verify = verifiëren, niet op afgaan
score-red-flag-verify-note = verifiëren

score-why = waarom:
score-why-heading = Waarom

# Waarom de uitkomst wordt voorgesteld.
score-reason-no-scorecards = nog geen ingevulde scorekaart
score-reason-nothing-assessed = geen enkel criterium beoordeeld
score-reason-must-have-unassessed = harde eis niet beoordeeld: { $criterion }
score-reason-coverage-below = dekking { $coverage } < minimum { $minimum }: beoordeel de ontbrekende criteria
score-reason-must-have-split = harde eis verdeeld: { $criterion } ({ $min } tot { $max }, lat { $pass }): bespreken aan de hand van de ankers
score-reason-discuss-band = totaal { $overall } net onder drempel { $advance_at } (bespreken vanaf { $discuss_from })
score-reason-must-have-failed = harde eis niet gehaald: { $criterion } ({ $mean } < { $pass })
score-reason-reaches-advance = totaal { $overall } ≥ drempel { $advance_at }
score-reason-below-advance = totaal { $overall } < drempel { $advance_at }
score-reason-near-miss = net niet: totaal { $overall } ≥ talentenpool { $talent_pool_at }

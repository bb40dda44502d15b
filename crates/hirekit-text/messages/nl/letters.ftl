# `hirekit feedback`: welke kandidaten een brief krijgen, en wat er met elke brief gebeurde.

letters-skipped-on-record = { $id } overgeslagen (brief van { $date } staat al in de geschiedenis; --force schrijft een nieuwe)
letters-skipped-decision = { $id } overgeslagen (besluit: { $decision })
letters-skipped-undecided = { $id } overgeslagen (nog geen besluit)
letters-unreadable-candidate = kandidaat `{ $id }` kon niet worden gelezen (zie de fouten hierboven)
letters-no-candidate = geen kandidaat `{ $id }` in { $path }
letters-profile-todo = hirekit.yaml heeft nog TODO-waarden ({ $fields }): vul ze in voordat je brieven schrijft
letters-no-scorecard = geen scorekaart voor { $id }
letters-not-rejected = { $id }: het besluit is `{ $decision }`, niet `reject`; een feedbackbrief wordt pas na een afwijzing geschreven (gebruik --force om hem toch te schrijven)
letters-undecided = { $id }: er is nog geen besluit; een feedbackbrief wordt pas na een afwijzing geschreven (gebruik --force om hem toch te schrijven)
letters-panel-awaiting = { $id }: het panel is niet compleet: nog geen scorekaart van { $awaited }; een brief wordt pas geschreven als elke geplande interviewer heeft ingediend (of gebruik --force)
letters-assessment-incomplete = { $id }: de beoordeling is onvolledig, dus de brief kan niet de juiste sterke punten en tekortkomingen noemen; vul eerst de scorekaarten aan (of gebruik --force)
letters-more-findings = brief aan { $id }: … en nog { $count } bevindingen
letters-guard-refused = de brief aan { $id } kwam niet door de controle en is niet geschreven; pas de feedbackzinnen van de scorekaart of de template aan
letters-other-owner = { $path } hoort bij de brief aan kandidaat `{ $owner }`; hirekit vervangt die niet door de brief aan `{ $id }` (ook niet met --force)
letters-exists = { $path } bestaat al; gebruik --force om de brief te vervangen
letters-wrote = { $path } geschreven
letters-late = de brief aan { $id } is { $days ->
        [one] { $days } dag
       *[other] { $days } dagen
    } te laat: de terugkoppeling moest uiterlijk { $deadline } gegeven zijn ({ $limit } dagen na het laatste gesprek)

# ── `hirekit feedback lint`: de controle op brieven die met de hand zijn geschreven ───────────
lint-more-findings = { $path }: … en nog { $count } bevindingen in deze brief (meegeteld hieronder)
lint-none-checked = Geen brief gecontroleerd.
lint-all-clean = { $letters ->
        [one] { $letters } brief
       *[other] { $letters } brieven
    } gecontroleerd: geen problemen gevonden.
lint-errors = { $errors ->
        [one] { $errors } fout
       *[other] { $errors } fouten
    }
lint-warnings = { $warnings ->
        [one] { $warnings } waarschuwing
       *[other] { $warnings } waarschuwingen
    }
lint-errors-and-warnings = { $errors ->
        [one] { $errors } fout
       *[other] { $errors } fouten
    } en { $warnings ->
        [one] { $warnings } waarschuwing
       *[other] { $warnings } waarschuwingen
    }
# $found: lint-errors, lint-warnings of lint-errors-and-warnings.
lint-found = { $found } in { $with_findings } van { $letters ->
        [one] { $letters } brief
       *[other] { $letters } brieven
    }.
lint-unreadable = { $files ->
        [one] { $files } bestand
       *[other] { $files } bestanden
    } niet gelezen.
lint-not-utf8 = dit is geen UTF-8-tekst; sla de brief op als UTF-8 (in Word: Opslaan als → Platte tekst → Unicode (UTF-8))
lint-cannot-read = kan { $path } niet lezen: { $reason }
lint-reason-missing = het bestand bestaat niet
lint-reason-permission = geen toestemming om het te lezen
lint-reason-folder = dit is een map, geen bestand

# ── `hirekit send`: de brieven e-mailen, elk één keer, met bewijs ──────────────────────────────
send-unreadable-candidate = kandidaat `{ $id }` kon niet worden gelezen (zie de fouten hierboven)
send-no-candidate = geen kandidaat `{ $id }` in { $path }
send-planned = { $id }: aan { $name } <{ $email }>, "{ $subject }", { $letter }
send-planned-again = { $id }: aan { $name } <{ $email }>, "{ $subject }", { $letter } (opnieuw: de vorige, <{ $message_id }>, ging op { $at })
# $why: een van de send-refusal-*-berichten, die met de id van de kandidaat beginnen.
send-skipped = overgeslagen: { $why }
send-no-scorecard = geen scorekaart voor { $id }
send-letter-changed = { $id }: { $path } is gewijzigd nadat hij is gemaakt (de SHA-256 wijkt af van feedback.yaml); maak de brief opnieuw (`hirekit feedback { $id } --force`)
send-no-server = geen mailserver: zet `smtp:` (host, security) in { $path }, of geef er een op met --smtp URL
send-confirm-with-yes = niets verzonden: bevestig met --yes om { $count ->
        [one] deze brief
       *[other] deze { $count } brieven
    } te verzenden via { $server }
# Gevolgd door een spatie, op de regel waarop het antwoord getypt wordt.
send-ask = { $count ->
        [one] deze brief
       *[other] deze { $count } brieven
    } verzenden via { $server }? [j/N]
send-nothing-sent = niets verzonden
send-nothing-to-send = niets te verzenden
send-stopped = gestopt: { $count } { $count ->
        [one] brief
       *[other] brieven
    } niet geprobeerd; voer `hirekit send` opnieuw uit om de rest te verzenden (niemand krijgt er twee)
send-cannot-send = { $id }: de e-mail van de brief kan niet worden verzonden: { $why }
send-sent = { $id } verzonden aan { $email } (Message-ID <{ $message_id }>; server: { $reply })
send-refused = { $id }: niet verzonden: { $why }; er is niets afgeleverd, een volgende keer wordt het opnieuw geprobeerd
send-not-sent = { $id }: niet verzonden: { $why }; er is niets afgeleverd
send-unknown = { $id }: { $why }; misschien is hij aangekomen, misschien niet (Message-ID <{ $message_id }>): zoek hem op voordat je opnieuw verzendt
send-cannot-record = kan de verzendgeschiedenis niet schrijven: { $why }
send-nothing-to-confirm = { $id }: er is geen onderbroken verzending om te bevestigen; `hirekit send --verify { $id }` laat zien wat er is verzonden
send-confirmed = <{ $message_id }> aan { $id } vastgelegd als afgeleverd (met de hand bevestigd)
send-never-sent = { $id }: er is nooit iets verzonden (geen { $path })
send-status-sent = verzonden
send-status-sent-by-hand = verzonden (met de hand bevestigd)
send-status-not-sent = niet verzonden
send-status-unknown = afloop onbekend
send-verify-attempt = { $status }: { $at } aan { $to } via { $server }, Message-ID <{ $message_id }>
send-verify-reply = server: { $reply }
send-verify-error = fout: { $error }
send-verify-copy = kopie { $copy }: { $check }
send-verify-matches = klopt met de SHA-256 { $sha256 }
send-verify-differs = KLOPT NIET: vastgelegd { $recorded }, het bestand heeft { $found }
send-verify-unreadable = KAN NIET WORDEN GELEZEN: { $why }
send-refusal-not-rejected = { $id }: het besluit is `{ $decision }`, niet `reject`; alleen een afgewezen kandidaat krijgt een afwijzing
send-refusal-same-address = { $id }: het adres is ook dat van kandidaat `{ $other }`, met besluit `{ $decision }`; een afwijzing gaat nooit naar iemand die door is naar de volgende ronde of is aangenomen
send-refusal-panel-incomplete = { $id }: het panel is niet compleet: nog geen scorekaart van { $awaiting }
send-refusal-assessment-incomplete = { $id }: de beoordeling is onvolledig; vul de scorekaarten aan en maak de brief daarna opnieuw
send-refusal-no-letter = { $id }: er is nog geen brief gemaakt; voer eerst `hirekit feedback { $id }` uit
send-refusal-no-email = { $id }: de laatste brief heeft geen e-mail; voer `hirekit feedback { $id } --force` uit met het formaat eml
# $what: een van de send-changed-*-berichten.
send-refusal-stale = { $id }: { $what } is gewijzigd nadat de brief is gemaakt; maak hem eerst opnieuw (`hirekit feedback { $id } --force`)
send-changed-decision = het besluit
send-changed-recipient = de naam, het e-mailadres of het postadres
send-changed-content = het kandidaatbestand of een ingevulde scorekaart
send-refusal-no-basis = { $id }: de brief is gemaakt door een hirekit die niet vastlegde waarop hij gebaseerd was; maak hem eerst opnieuw (`hirekit feedback { $id } --force`)
send-refusal-already-sent = { $id }: al verzonden op { $at } (Message-ID <{ $message_id }>); `--resend { $id }` verzendt de huidige brief opnieuw
# $how: een van de send-interrupted-*-berichten.
send-refusal-unresolved = { $id }: de verzending van { $at } (Message-ID <{ $message_id }>) is onderbroken { $how }; misschien is hij aangekomen, misschien niet. Zoek die Message-ID in de verzonden mail of het log van de server en voer dan `hirekit send --confirm-sent { $id }` uit als hij is aangekomen, of `hirekit send --resend { $id }` als dat niet zo is
send-interrupted-before-recorded = voordat de afloop was vastgelegd
send-interrupted-after-handover = nadat het hele bericht was overgedragen, voordat de server antwoordde

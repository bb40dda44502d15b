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

# hirekit privacy: wat volgens de bewaartermijnen moet gebeuren, opschonen, exporteren en wissen.

privacy-ended-by-decision = het besluit
privacy-ended-by-letter = de brief
privacy-ended-by-last-interview = het laatste gesprek (geen datum van het besluit vastgelegd)
privacy-added-to-pool = met de hand aan de talentenpool toegevoegd op { $date }, geen procedure
privacy-procedure = procedure afgerond op { $date } met { $ended }
privacy-why-ask-renewal = toestemming voor de talentenpool loopt af op { $until }; vraag een week vooraf of die verlengd mag worden
privacy-why-consent-ended = toestemming voor de talentenpool liep af op { $until } en is niet verlengd
privacy-why-refused-on = toestemming geweigerd op { $refused }; { $procedure }
privacy-why-refused-at-decision = toestemming geweigerd bij het besluit; { $procedure }
privacy-why-consent-not-recorded = geen gedateerde toestemming ({ $procedure }); bij `talent_pool_consent: true` staat niets in consent.yaml
privacy-why-no-consent = geen toestemming; { $procedure }
privacy-action-delete = verwijderen
privacy-action-ask-renewal = verlenging vragen
privacy-nothing-due = Niets te doen op { $today }.
privacy-due-heading = Te doen op { $today }, meest dringend eerst:
privacy-column-from = VANAF
privacy-column-candidate = KANDIDAAT
privacy-column-action = ACTIE
privacy-column-purge-from = OPSCHONEN VANAF
privacy-column-why = WAAROM
privacy-renewal-heading = --- Verzoek om verlenging aan { $candidate } ({ $language }) ---
privacy-renewal-subject = Onderwerp: { $subject }
privacy-guard = controle: { $message }
privacy-interrupted = Een onderbroken opschoning liet { $folders } achter: voer `hirekit privacy purge --apply` uit om die af te maken.
privacy-unreadable = Kon { $candidates } niet lezen, dus deze lijst is onvolledig: herstel de problemen hierboven (elk bij bestand, regel en kolom) en voer dit opnieuw uit.
privacy-nothing-to-purge = Niets op te schonen op { $today }.
privacy-purged = Opgeschoond: { $candidate } (deadline { $due }, { $ground }): nu { $anonymous }
privacy-would-purge = Zou opschonen: { $candidate } (deadline { $due }, { $ground }):
privacy-remove = verwijder { $path }
privacy-outside = buiten de vacaturemap, verwijder het zelf: { $path }
privacy-grace-week = In de respijtweek: { $candidate } (deadline { $due }), opgeschoond vanaf { $purge }
privacy-apply-hint = Voer dit opnieuw uit met --apply om het te doen.
privacy-consent-recorded = Vastgelegd in { $path }: { $answers ->
    [one] { $answers } antwoord
   *[other] { $answers } antwoorden
}.
privacy-exported = { $json } en { $pdf } geschreven
privacy-erased = De persoonsgegevens van { $candidate } zijn gewist; de anonieme beoordelingen blijven staan als { $anonymous }.
privacy-purged-person = Opgeschoond: { $candidate } (deadline { $due }, { $ground }): uit de talentenpool verwijderd, er blijft niets van over
privacy-remove-pool-entry = verwijder de vermelding van { $candidate } in de talentenpool met het contactlogboek ({ $contacts ->
    [one] { $contacts } contact
   *[other] { $contacts } contacten
})
privacy-erased-person = { $candidate } is uit de talentenpool gewist, met het contactlogboek; er blijft niets van over.
privacy-remove-anonymised = verwijder { $path } (geanonimiseerd)
privacy-ground-retention = bewaartermijn
privacy-ground-consent-ended = toestemming afgelopen
privacy-ground-erasure-request = verzoek om wissen

# privacy export: the readable document for the person (right of access), in their language.
privacy-export-title = Je persoonsgegevens: wat we van je bewaren
privacy-export-intro = Dit overzicht bevat alle gegevens die { $company } over je bewaart in hirekit, het programma waarmee we gesprekken en feedback vastleggen (recht op inzage, AVG artikel 15). Een computerleesbaar bestand met dezelfde gegevens volledig hoort erbij.
privacy-export-who = Wie wij zijn
privacy-export-who-text = { $company } is verantwoordelijk voor deze gegevens. Vragen hierover stel je aan { $sender } ({ $email }).
privacy-export-held = Welke gegevens we van je bewaren
privacy-export-personal = Persoonsgegevens
privacy-export-name = Naam
privacy-export-given-name = Roepnaam
privacy-export-email = E-mailadres
privacy-export-address = Adres
privacy-export-language = Taal
privacy-export-dutch = Nederlands
privacy-export-english = Engels
privacy-export-application = Je sollicitatie
privacy-export-vacancy = Vacature
privacy-export-reference = Kenmerk
privacy-export-planned = Gesprek
privacy-export-with-on = met { $interviewer } op { $date }
privacy-export-interviews = Gesprekken en beoordelingen
privacy-export-interview = Gesprek met { $interviewer } op { $date }:
privacy-export-criterion = Criterium
privacy-export-score = Score
privacy-export-evidence = Bewijs
privacy-export-recommendation = Aanbeveling
privacy-export-red-flags = Aangevinkte rode vlaggen
privacy-export-none = Geen.
privacy-export-decision = Besluit
privacy-export-no-decision = Er is nog geen besluit genomen.
privacy-export-reason = Reden
privacy-export-reason-requirements = aan een of meer functie-eisen werd niet voldaan
privacy-export-reason-other-candidate = er is voor een andere kandidaat gekozen
privacy-export-decided = { $decision }, vastgelegd door { $by }
privacy-export-letters = Brieven aan jou
privacy-export-date = Datum
privacy-export-files = Bestanden
privacy-export-consent = Toestemming
privacy-export-no-consent = Je hebt geen toestemming gegeven om je gegevens langer te bewaren.
privacy-export-answer = Je antwoord
privacy-export-answer-given = ja, voor de talentenpool
privacy-export-answer-refused = nee
privacy-export-how = Hoe
privacy-export-how-letter-reply = antwoord op een brief
privacy-export-how-email = e-mail
privacy-export-how-form = formulier
privacy-export-how-conversation = gesprek
privacy-export-until = Tot
privacy-export-other = Andere documenten
privacy-export-other-text = We bewaren ook deze documenten; het computerleesbare bestand bevat ze volledig:
privacy-export-retention = Hoe lang we ze bewaren, en waarom
privacy-export-retention-rule = We gebruiken je gegevens alleen voor de sollicitatieprocedure. Zonder je toestemming verwijderen we ze { $weeks } weken nadat de procedure voor jou is afgelopen; met je toestemming voor onze talentenpool bewaren we ze tot die toestemming afloopt (ten hoogste { $months } maanden nadat je haar gaf).
privacy-export-retention-running = Je sollicitatie loopt nog; de bewaartermijn begint als de procedure is afgelopen.
privacy-export-retention-date = De procedure is voor jou afgelopen op { $end }; je gegevens worden verwijderd vanaf { $date }.
privacy-export-retention-consent = Met je toestemming bewaren we je gegevens tot { $until }. Een week daarvoor vragen we of je in de talentenpool wilt blijven.
privacy-export-rights = Je rechten
privacy-export-right-access = Je mag de gegevens inzien die we van je bewaren: dit overzicht (AVG artikel 15).
privacy-export-right-correct = Je mag ons vragen gegevens te verbeteren die onjuist of onvolledig zijn (artikel 16).
privacy-export-right-erase = Je mag ons vragen je gegevens nu te verwijderen (artikel 17).
privacy-export-right-withdraw = Je mag je toestemming altijd intrekken; wat daarvoor gebeurde blijft rechtmatig (artikel 7).
privacy-export-right-complain = Je mag een klacht indienen bij de Autoriteit Persoonsgegevens (artikel 77).
privacy-export-contact = Wil je een van deze rechten gebruiken, antwoord dan aan { $sender } ({ $email }).

# De inzage van iemand die met de hand aan de talentenpool is toegevoegd.
privacy-export-pool = Onze talentenpool
privacy-export-kind = Hoe we elkaar kennen
privacy-export-kind-declined_offer = je hebt een aanbod van ons afgeslagen
privacy-export-kind-event = we hebben elkaar op een evenement ontmoet
privacy-export-kind-former_employee = je hebt eerder bij ons gewerkt
privacy-export-kind-referred = iemand heeft je bij ons aangebracht
privacy-export-added-on = In de talentenpool sinds
privacy-export-area = Interessegebied
privacy-export-strengths = Sterke punten die we noteerden
privacy-export-next = Volgend contact gepland
privacy-export-contacts = Ons contact met jou
privacy-export-topic = Onderwerp
privacy-export-note = Notitie
privacy-export-channel-phone = telefoon
privacy-export-channel-email = e-mail
privacy-export-channel-video = videogesprek
privacy-export-channel-meeting = afspraak
privacy-export-channel-event = evenement
privacy-export-person-retention = We bewaren je gegevens in onze talentenpool alleen met je toestemming, telkens ten hoogste { $months } maanden. Loopt je toestemming af zonder dat je haar verlengt, of weiger of trek je haar in, dan verwijderen we je gegevens.
privacy-export-person-due = Je toestemming geldt niet meer; je gegevens worden daarom verwijderd.

# Het verzoek om de toestemming voor de talentenpool te verlengen, een week voor die afloopt (een bericht aan de persoon).
privacy-renewal-mail-subject = Blijf je in onze talentenpool? Graag een ja of nee
privacy-renewal-mail-greeting = Beste { $name },
privacy-renewal-mail-reason = Je gaf ons toestemming om je gegevens te bewaren voor onze talentenpool, zodat we contact kunnen opnemen als er een passende vacature is. Die toestemming loopt af op { $date }.
privacy-renewal-mail-question = Wil je in de talentenpool van { $company } blijven?
privacy-renewal-mail-yes = - Antwoord JA: dan bewaren we je gegevens nog ten hoogste { $months } maanden.
privacy-renewal-mail-no = - Antwoord NEE, of antwoord niet: dan verwijderen we je gegevens na { $date }.
privacy-renewal-mail-withdraw = Je kunt je toestemming altijd intrekken door op dit bericht te reageren.
privacy-renewal-mail-closing = Met vriendelijke groet,

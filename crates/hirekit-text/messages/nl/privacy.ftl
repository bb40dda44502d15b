# hirekit privacy: wat volgens de bewaartermijnen moet gebeuren, opschonen, exporteren en wissen.

privacy-ended-by-decision = het besluit
privacy-ended-by-letter = de brief
privacy-ended-by-last-interview = het laatste gesprek (geen datum van het besluit vastgelegd)
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
privacy-unreadable = Niet gecontroleerd, herstel eerst hun bestanden: { $candidates }
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
privacy-remove-anonymised = verwijder { $path } (geanonimiseerd)
privacy-ground-retention = bewaartermijn
privacy-ground-consent-ended = toestemming afgelopen
privacy-ground-erasure-request = verzoek om wissen

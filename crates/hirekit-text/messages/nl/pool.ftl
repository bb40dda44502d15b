# hirekit pool: de talentenpool. Berichten aan een persoon zijn in diens taal; tabellen in die van de lezer.

pool-draft-greeting = Beste { $name },
pool-draft-last-contact = Op { $date } spraken we over { $topic }.
pool-draft-last-interview = In { $month } spraken we elkaar in de gesprekken voor de functie { $role }.
pool-draft-first-met = { $kind ->
    [declined_offer] In { $month } spraken we over je komst naar { $company }.
    [former_employee] In { $month } spraken we over je tijd bij { $company }.
    [referred] In { $month } werden we aan elkaar voorgesteld.
   *[other] In { $month } leerden we elkaar kennen.
}
pool-draft-strength-one = Wat me is bijgebleven: { $first }.
pool-draft-strength-two = Wat me is bijgebleven: { $first }; en ook { $second }.
pool-draft-checkin = Ik ben benieuwd hoe het je sindsdien is vergaan. Heb je de komende weken tijd voor een kort gesprek?
pool-draft-news = Er is nieuws bij { $company } dat ik je graag zelf vertel. Heb je de komende weken tijd voor een kort gesprek?
pool-draft-vacancy = We zoeken nu iemand voor de functie { $role }, en ik dacht aan jou vanwege { $strength }. Heb je de komende weken tijd om daarover te praten?
pool-draft-consent = Je staat met je toestemming tot { $until } in onze talentenpool. Wil je dat liever niet, laat het me weten; dan verwijderen we je gegevens.
pool-draft-regards = Hartelijke groet,
pool-draft-subject-checkin = Even bijpraten met { $company }
pool-draft-subject-news = Nieuws van { $company }
pool-draft-subject-vacancy = { $role } bij { $company }

pool-added = { $member } is toegevoegd aan de talentenpool ({ $path }).
pool-logged = Contact met { $member } op { $date } vastgelegd ({ $path }).
pool-too-soon = dit contact valt binnen drie maanden na het vorige ({ $previous }): twee of drie contacten per jaar houden het persoonlijk, niet opdringerig.
pool-draft-kept = Concept voor { $member } in het { $language ->
    [nl] Nederlands
   *[en] Engels
} (bewaard in { $path }, zodat niemand anders woord voor woord hetzelfde krijgt):
pool-draft-subject = Onderwerp: { $subject }
pool-imported = { $changed ->
    [one] 1 lid gewijzigd
   *[other] { $changed } leden gewijzigd
} vanuit { $file } ({ $path }).
pool-exported = { $count ->
    [one] 1 lid
   *[other] { $count } leden
} geschreven naar { $file }.
pool-empty = De talentenpool is leeg: voeg een afgewezen kandidaat die net niet of als tweede eindigde toe met `hirekit pool add ID`, of een persoon met `hirekit pool add --kind …`.
pool-nothing-due = Niemand om contact mee op te nemen op { $today }.
pool-due-heading = Met wie contact opnemen, per { $today } (meest dringend eerst):
pool-no-consent = Geen contact, geen geldige toestemming voor de talentenpool: { $members } (zie `hirekit privacy due`).
pool-no-match = Niemand in de pool heeft eerdere scores die aan een criterium van { $scorecard } voldoen.
pool-match-heading = Leden van de pool voor { $scorecard }, beste match eerst:

pool-column-id = id
pool-column-next-date = volgende datum
pool-column-from = vanaf
pool-column-member = lid
pool-column-name = naam
pool-column-why = waarom
pool-column-kind = soort
pool-column-area = interessegebied
pool-column-last-contact = laatste contact
pool-column-next = volgende actie
pool-column-consent-until = toestemming tot
pool-column-must-haves = harde eisen
pool-column-weight = gewicht gehaald
pool-column-evidence = onderbouwing

pool-why-reconnect = eerste contact: de maand uit de brief ({ $on })
pool-why-checkin = tijd voor contact: laatste contact { $last }
pool-why-checkin-added = tijd voor contact: toegevoegd op { $added }, sindsdien geen contact
pool-why-next = volgende actie: { $action } ({ $on })
pool-why-vacancy = open vacature { $scorecard } past ({ $met } van { $must } harde eisen, { $percent }% van het gewicht)
pool-evidence-rated = { $criterion } ← { $earlier } gescoord { $mean } (voldoende { $pass })
pool-evidence-noted = { $criterion } ← { $earlier } genoteerd als sterk punt
pool-evidence-same-requirement = zelfde eis

# hirekit redflags: de checklist met signalen om na te gaan, en de controle van het cv.

redflags-title = Rode vlaggen voor IT-rollen
redflags-how-to-read = Elk punt is een reden om iets na te gaan, nooit een reden om af te wijzen. Punten met LET OP hangen samen met beschermde gronden of zeggen niets over het werk (gezondheid, afkomst, leeftijd, gezin, zenuwen): noteer ze hooguit als aandachtspunt voor jezelf, geef er nooit punten voor en noem ze nooit in een brief.
redflags-filter-stage = fase: { $stage }
redflags-filter-role = rol: { $role } (met de punten voor alle IT-rollen)
redflags-items = { $count ->
    [one] { $count } punt
   *[other] { $count } punten
}
redflags-label-signal = Signaal
redflags-label-why = Waarom
redflags-label-verify = Toetsen
redflags-label-source = Bron
redflags-no-items = Geen punten voor deze fase en rol.
redflags-do-not-score = Niet meewegen: biasrisico
redflags-count-red-flag = { $count ->
    [one] { $count } rode vlag
   *[other] { $count } rode vlaggen
}
redflags-count-caution = { $count ->
    [one] { $count } aandachtspunt
   *[other] { $count } aandachtspunten
}
redflags-count-info = { $count } ter informatie
redflags-no-findings = Geen bevindingen: data, uren en vaardigheden in het cv zijn consistent (peildatum { $day }).
redflags-findings-summary = { $total ->
    [one] { $total } bevinding
   *[other] { $total } bevindingen
}: { $counts } (peildatum { $day }). Bevindingen zijn vragen aan de kandidaat, geen conclusies.

# ── De vacaturemap rond een opdracht die ook buiten een vacaturemap werkt (`redflags check`) ──
nearby-no-such-file = { $path }: dit bestand bestaat niet
nearby-no-hiring-folder = `{ $id }` is geen bestand, en hier is geen vacaturemap om een kandidaat in op te zoeken (geen { $profile } in deze map of erboven)
nearby-no-candidate-file = geen cv van kandidaat `{ $id }`: { $path } bestaat niet

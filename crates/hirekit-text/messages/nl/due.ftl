# hirekit due: wat nu moet gebeuren.

due-todo = Nog in te vullen in hirekit.yaml (TODO): { $keys }.
due-no-candidates = Nog geen kandidaten: voeg er een toe met `hirekit candidate add`.
due-nothing = Niets te doen: alles is op tijd.
due-column-status = status
due-column-deadline = deadline
due-column-candidate = kandidaat
due-column-name = naam
due-column-what = wat
due-days-late = { $days } d te laat
due-today = vandaag
due-days-left = nog { $days } d
due-scorecard = scorekaart van { $interviewer } ontbreekt
due-decision = alle scorekaarten binnen: leg het besluit vast
due-feedback = feedbackbrief sturen: hirekit feedback { $candidate }
due-send = gegenereerd, niet verstuurd: hirekit send { $candidate }
due-unreadable = bestanden bevatten fouten (zie hierboven): eerst herstellen
due-as-of = peildatum { $today }
# The same tasks where no command line is at hand (the web app).
due-task-feedback = feedbackbrief schrijven
due-task-send = brief geschreven, nog niet verstuurd
due-task-unreadable = de gegevens bevatten fouten: eerst herstellen

## hirekit decide (hirekit-debrief)
decide-recorded = besluit vastgelegd: { $id } { $decision } door { $by } (voorstel: { $proposed })
decide-final = definitief { $criterion } = { $rating }: { $reason }
decide-refilled = let op: opnieuw ingevuld nadat de scores zichtbaar waren: { $interviewers }
decide-candidate-unreadable = kandidaat `{ $id }` kon niet worden gelezen (zie de fouten hierboven)
decide-no-candidate = geen kandidaat `{ $id }` in { $folder }
decide-no-scorecard = geen scorekaart voor { $id }
decide-not-recorded = het besluit over { $id } is niet vastgelegd:
decide-not-written = kan het besluitverslag niet schrijven: { $error }
decide-candidate-layout = { $path } heeft niet één sleutel per regel, dus hirekit kan het besluit er niet in zetten; er is niets vastgelegd (zet `decision:` en `decision_reason:` elk op een eigen regel)
decide-final-shape = schrijf CRITERIUM=SCORE:REDEN, bijv. `api-design=3:noemde de bestaande afnemers`
decide-final-not-a-rating = `{ $rating }` is geen score; { $shape }

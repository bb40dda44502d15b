# hirekit candidate add / interview plan: de toelichting in een nieuwe candidate.yaml, en de meldingen.

candidate-yaml-header = # Een kandidaat. Persoonsgegevens: bewaar alleen wat nodig is voor de procedure.
candidate-yaml-id = # Het id is ook de mapnaam en de naam van elk bestand dat voor deze kandidaat wordt geschreven.
candidate-yaml-email = # Het e-mailadres voor feedback.
candidate-yaml-address = # Het postadres, één regel per item (voor een brief in een vensterenvelop); mag leeg.
candidate-yaml-language = # De taal waarin de kandidaat geschreven wordt: nl of en.
candidate-yaml-scorecard = # De scorekaart van de vacature (het id in de map scorecards).
candidate-yaml-later = # Later, via `hirekit decide`: decision (advance, reject, hired, withdrawn), decision_reason
    # (requirements, other_candidate) en talent_pool_consent (true/false, alleen als gevraagd).
candidate-yaml-interviews = # De geplande gesprekken: wie, en wanneer (`hirekit interview plan` voegt er een toe).
candidate-wrote = Geschreven: { $path }
candidate-next = Verder: plan gesprekken in met `hirekit interview plan { $id } --interviewer NAAM --at 2026-11-16T10:00`, of na het gesprek: `hirekit fill --candidate { $id } --interviewer NAAM`
candidate-planned = Gepland; { $path } geschreven

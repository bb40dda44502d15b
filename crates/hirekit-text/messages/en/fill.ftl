# hirekit fill: the guided scorecard.

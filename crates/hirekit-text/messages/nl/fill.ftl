# hirekit fill: de begeleide scorekaart.

-- The measure catalogue (DOMAIN.md "Penalties and organisational handling"): each measure keeps the row it was
-- imposed under (influence as the policy spells it, annual-assessment effects per year); a case or suspension is
-- open-ended (influence_until NULL) until concluded, with the outcome; a penalty imposed by a conclusion names its
-- case. Measures of before the catalogue keep influence NULL here and are mapped by CatalogueMigration at start-up.
ALTER TABLE measure ALTER COLUMN influence_until DROP NOT NULL;
ALTER TABLE measure ADD COLUMN influence TEXT;
ALTER TABLE measure ADD COLUMN annual_effects TEXT;
ALTER TABLE measure ADD COLUMN outcome TEXT;
ALTER TABLE measure ADD COLUMN case_id UUID REFERENCES measure (id);
CREATE INDEX measure_unmapped ON measure (id) WHERE influence IS NULL;

ALTER TABLE measure_aud ADD COLUMN influence TEXT;
ALTER TABLE measure_aud ADD COLUMN annual_effects TEXT;
ALTER TABLE measure_aud ADD COLUMN outcome TEXT;
ALTER TABLE measure_aud ADD COLUMN case_id UUID;

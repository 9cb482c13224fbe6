-- The cadre's birth date, for rules that ask for an age (selection's reserve pools: 优秀年轻干部 by age). Rows read
-- before this column existed hold null until the cadre's next event on personnel.cadres.
ALTER TABLE cadre_view ADD COLUMN birth_date DATE;

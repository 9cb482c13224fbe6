-- The measure catalogue (MeasureApplied.v2): each measure keeps its type, the influence and annual effects it was
-- imposed under, and, for a concluded case or suspension, what its outcome does to the years it was pending.
-- influence_until is null while open-ended (a pending case, 开除党籍). Rows written from version-1 events keep
-- type NULL and are read with version 1's meaning (MeasureAppliedV1.upgraded) until inspection re-sends them.
ALTER TABLE measure_view ALTER COLUMN influence_until DROP NOT NULL;
ALTER TABLE measure_view ADD COLUMN type TEXT;
ALTER TABLE measure_view ADD COLUMN influence TEXT;
ALTER TABLE measure_view ADD COLUMN effects TEXT;
ALTER TABLE measure_view ADD COLUMN concluded BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE measure_view ADD COLUMN outcome_effect TEXT;

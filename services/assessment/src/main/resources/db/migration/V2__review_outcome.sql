-- 不定等次 and 补定等次 (DOMAIN.md "Penalties and organisational handling"): a finalised review has an outcome (GRADED,
-- UNGRADED: comments only, PENDING: a case awaits its conclusion), the supervision effect finalisation found, and,
-- once graded afterwards, who did so, when and why. Reviews finalised before stay as they were: GRADED.
ALTER TABLE review ADD COLUMN outcome TEXT;
ALTER TABLE review ADD COLUMN measure_effect TEXT;
ALTER TABLE review ADD COLUMN graded_afterwards_by TEXT;
ALTER TABLE review ADD COLUMN graded_afterwards_at TIMESTAMPTZ;
ALTER TABLE review ADD COLUMN graded_afterwards_reason TEXT;
UPDATE review SET outcome = 'GRADED' WHERE status = 'FINALIZED';

ALTER TABLE review_aud ADD COLUMN outcome TEXT;
ALTER TABLE review_aud ADD COLUMN measure_effect TEXT;
ALTER TABLE review_aud ADD COLUMN graded_afterwards_by TEXT;
ALTER TABLE review_aud ADD COLUMN graded_afterwards_at TIMESTAMPTZ;
ALTER TABLE review_aud ADD COLUMN graded_afterwards_reason TEXT;

-- A finding's deadline set by the inspector stays; one derived from the feedback date follows the actual
-- feedback (2 months after it) until the report is filed. Existing findings: a deadline other than the policy's
-- default after the planned feedback date was set by hand.
ALTER TABLE finding ADD COLUMN due_explicit BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE finding_aud ADD COLUMN due_explicit BOOLEAN;
UPDATE finding f SET due_explicit = f.due_on <> (r.feedback_date + INTERVAL '2 months')::date
FROM inspection_round r WHERE r.id = f.round_id;

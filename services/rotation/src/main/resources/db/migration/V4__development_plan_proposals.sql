-- Postings a reserve-pool member's development plan (培养计划) asks for in selection: proposed like a capability gap's
-- (posting types that build the capability, host units), with no gap, score or threshold, but the day the posting is
-- due by and the task it serves (one proposal a task; a withdrawn task makes an undecided one obsolete).
ALTER TABLE posting_proposal ALTER COLUMN gap_id DROP NOT NULL;
ALTER TABLE posting_proposal ALTER COLUMN score DROP NOT NULL;
ALTER TABLE posting_proposal ALTER COLUMN threshold DROP NOT NULL;
ALTER TABLE posting_proposal ADD COLUMN due_on DATE;
ALTER TABLE posting_proposal ADD COLUMN development_task_id UUID;
ALTER TABLE posting_proposal ADD CONSTRAINT posting_proposal_origin
    CHECK ((gap_id IS NOT NULL AND score IS NOT NULL AND threshold IS NOT NULL)
        OR (development_task_id IS NOT NULL AND due_on IS NOT NULL));
CREATE UNIQUE INDEX posting_proposal_development_task ON posting_proposal (development_task_id);

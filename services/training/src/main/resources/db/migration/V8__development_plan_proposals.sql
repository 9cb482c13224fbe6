-- Training a reserve-pool member's development plan (培养计划) sets in selection: proposed like a capability gap's
-- courses, with the day it is due by and the task it serves (a withdrawn task takes back what is still proposed).
ALTER TABLE proposal ADD COLUMN due_on DATE;
ALTER TABLE proposal ADD COLUMN development_task_id UUID;
CREATE INDEX proposal_development_task ON proposal (development_task_id) WHERE development_task_id IS NOT NULL;

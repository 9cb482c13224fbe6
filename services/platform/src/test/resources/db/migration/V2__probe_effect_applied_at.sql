-- When each effect was applied (the event-loop benchmark's end of the line), by the database's clock.
ALTER TABLE probe_effect ADD COLUMN applied_at TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp();

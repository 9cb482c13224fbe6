-- A proposal's detail as a reason code and its parameters, worded in the reader's language when read
-- (rows made before keep their stored text).
ALTER TABLE proposal ADD COLUMN detail_code text;
ALTER TABLE proposal ADD COLUMN detail_params jsonb NOT NULL DEFAULT '{}'::jsonb;

-- The day a cycle's self-reports (述职述责述廉) are due (issue 18: the cadres' to-do and its reminders); none for the
-- cycles opened before it was asked.
ALTER TABLE cycle ADD COLUMN self_report_due DATE;
ALTER TABLE cycle_aud ADD COLUMN self_report_due DATE;

-- The stream's pulse (NotificationPulse) reads the newest notification and the newest read mark every 2 seconds:
-- each an index look-up.
CREATE INDEX notification_created ON notification (created_at);
CREATE INDEX notification_read_at ON notification_read (read_at);

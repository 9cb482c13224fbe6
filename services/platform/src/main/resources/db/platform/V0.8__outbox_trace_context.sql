-- The trace an event was written in (W3C traceparent), set on the Kafka record by the relay: a consumer's work on
-- the event continues the writer's trace (platform tracing/TraceContext). Null for events written outside a trace.
ALTER TABLE outbox_event ADD COLUMN traceparent TEXT;

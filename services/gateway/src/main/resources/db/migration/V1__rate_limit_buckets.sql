-- Rate-limit buckets shared by every gateway replica (Bucket4j, SELECT ... FOR UPDATE per bucket): one per user,
-- one per client address before login; the state is Bucket4j's serialised bucket, expires_at when a full bucket
-- may be forgotten.
CREATE TABLE rate_limit_bucket (
    id         VARCHAR(300) PRIMARY KEY,
    state      BYTEA,
    expires_at BIGINT
);
CREATE INDEX rate_limit_bucket_expires ON rate_limit_bucket (expires_at);

-- A document Elasticsearch cannot take (too large for a bulk request, a mapping error) is parked with its
-- error instead of being retried in every round: the rest of the outbox keeps flowing, the parked row is
-- retried after a growing delay, counted in metrics and in the readiness details (docs/search.md).
alter table outbox
    add column attempts   integer not null default 0,
    add column last_error text,
    add column parked_at  timestamptz,
    add column retry_at   timestamptz;

-- the drain skips rows whose retry is not due yet
create index outbox_retry_at on outbox (retry_at) where retry_at is not null;

-- Idempotency-Key (platform/Idempotency): a key is scoped to the tenant, the user, the method and the route, and
-- remembers the fingerprint of the request it was first used for and that request's answer. The row is written
-- in the same transaction as the work: a concurrent request with the same key waits on the key's unique index
-- until the first commits (then it reads the answer) or rolls back (then it does the work itself).
create table idempotent_request (
    id          uuid        primary key default gen_random_uuid(),
    tenant_code text        not null default app.tenant_code(),
    tenant_path ltree       not null default app.tenant_path(),
    -- nobody else replays a user's request
    sharing     sharing     not null default 'private' check (sharing = 'private'),
    username    text        not null,
    method      text        not null,
    route       text        not null,
    key         text        not null check (length(key) between 1 and 200),
    fingerprint text        not null,
    response    jsonb,
    created_at  timestamptz not null default now(),
    foreign key (tenant_code, tenant_path) references tenant (code, path),
    unique (tenant_code, username, method, route, key)
);
call app.protect_tenant_table('idempotent_request');
grant select, insert, update on idempotent_request to yingji_app;

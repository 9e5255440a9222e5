-- Tenancy foundation: administrative divisions as tenants, the sharing vocabulary, and the
-- transaction-local tenant context that every row-level security policy reads.
-- Runs as yingji_owner (Flyway). The API connects as yingji_app, which owns nothing.

create schema if not exists app;

-- The tenant context of the current transaction, set by the API with
-- set_config('app.tenant_path', ?, true) / set_config('app.tenant_code', ?, true).
-- No setting (or an empty one) yields null, and every policy compares with null: nothing is visible.
create function app.tenant_path() returns ltree
    language sql stable parallel safe
as $$ select nullif(current_setting('app.tenant_path', true), '')::ltree $$;

create function app.tenant_code() returns text
    language sql stable parallel safe
as $$ select nullif(current_setting('app.tenant_code', true), '') $$;

create type tenant_tier as enum ('province', 'city', 'county');

-- Who may read a tenant-owned row besides its owner (see docs/tenancy.md):
-- private: owner only; up: owner and ancestors; down: owner and descendants;
-- vertical: owner, ancestors and descendants; public: every tenant.
create type sharing as enum ('private', 'up', 'down', 'vertical', 'public');

-- 租户（行政区划，GB/T 2260）
create table tenant (
    code            text        primary key check (code ~ '^[0-9]{6}$'),
    name            text        not null,
    tier            tenant_tier not null,
    parent_code     text        references tenant (code),
    path            ltree       not null unique,
    -- effective tier policy: the merge of the policy files along the path, computed by the loader
    policy          jsonb       not null default '{}'::jsonb,
    catalog_version text        not null,
    updated_at      timestamptz not null default now(),
    unique (code, path),
    check ((tier = 'province') = (parent_code is null))
);
create index tenant_path_gist on tenant using gist (path);
create index tenant_parent_idx on tenant (parent_code);

-- A tenant sees its ancestors (names, for breadcrumbs) and its own subtree; never siblings or cousins.
alter table tenant enable row level security;
alter table tenant force row level security;
create policy tenant_read on tenant for select
    using (path @> (select app.tenant_path()) or path <@ (select app.tenant_path()));

-- Resolves a token's tenant code to its path before any tenant context exists.
-- security definer: runs as the owner (BYPASSRLS), and only ever returns the one row asked for.
create function app.resolve_tenant(p_code text)
    returns table (code text, path ltree, tier tenant_tier, name text)
    language sql stable security definer
    set search_path = public, pg_temp
as $$ select t.code, t.path, t.tier, t.name from public.tenant t where t.code = p_code $$;

grant usage on schema app to yingji_app;
grant execute on all functions in schema app to yingji_app;
grant select on tenant to yingji_app;

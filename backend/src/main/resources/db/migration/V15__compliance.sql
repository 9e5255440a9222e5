-- 合规看板 (docs/compliance.md): each tenant's own compliance metrics, computed from its records once per month
-- and refreshed during the month, so the dashboard rolls a province's ~150 tenants up from ~150 small rows
-- instead of counting hundreds of thousands of plans and drills per request, and a past month can be reported.

create table compliance_snapshot (
    id                  uuid        primary key default gen_random_uuid(),
    tenant_code         text        not null default app.tenant_code(),
    tenant_path         ltree       not null default app.tenant_path(),
    -- oversight: the tenant and the tiers above it read the figures
    sharing             sharing     not null default 'up' check (sharing = 'up'),
    month               date        not null check (extract(day from month) = 1),
    -- the day the figures describe (today while the month runs; the last refresh's day once it is over)
    as_of               date        not null,
    plans_required      integer     not null,
    plans_filed         integer     not null,
    plans_in_force      integer     not null,
    filings             integer     not null,
    filings_on_time     integer     not null,
    evaluations_overdue integer     not null,
    drill_items         integer     not null,
    drills_overdue      integer     not null,
    drills_held         integer     not null,
    actions_total       integer     not null,
    actions_overdue     integer     not null,
    experts             integer     not null,
    -- event types the tenant's available experts cover (rolled up as a union, not a sum)
    expert_types        text[]      not null default '{}',
    tasks_total         integer     not null,
    tasks_done          integer     not null,
    tasks_overdue       integer     not null,
    computed_at         timestamptz not null default now(),
    -- the scheduled job ('job') or the user who asked for a refresh
    computed_by         text        not null,
    foreign key (tenant_code, tenant_path) references tenant (code, path),
    unique (tenant_code, month)
);
call app.protect_tenant_table('compliance_snapshot');
-- the dashboard reads one month of a subtree
create index compliance_snapshot_month_idx on compliance_snapshot (month, tenant_path);
grant select, insert, update on compliance_snapshot to yingji_app;
grant select on compliance_snapshot to yingji_indexer;

-- Batch jobs (the snapshot job) visit every tenant and enter each one's own context to compute and write its
-- rows. Without a tenant context the API role reads no tenant at all; this returns the catalog's codes, names and
-- paths, which are public data (GB/T 2260), and nothing else (no policy).
create function app.tenant_catalog()
    returns table (code text, path ltree, tier tenant_tier, name text)
    language sql stable security definer
    set search_path = public, pg_temp
as $$ select t.code, t.path, t.tier, t.name from public.tenant t order by t.path $$;
grant execute on function app.tenant_catalog() to yingji_app;

-- 人员名录: the people of each tenant, as our own record. Documents, timelines and receipts print a person's
-- name from here, never the name a user types into their Keycloak profile. A row is written the first time a
-- user signs in or changes anything (PersonDirectory.register) and is then maintained by the tenant admin.
create table person (
    id          uuid        primary key default gen_random_uuid(),
    tenant_code text        not null default app.tenant_code(),
    tenant_path ltree       not null default app.tenant_path(),
    -- names travel along the line (a city reviewer reads who filed a county's plan), never sideways
    sharing     sharing     not null default 'vertical',
    -- the Keycloak login name: the key the audit trail, filings and invocations record
    username    text        not null unique,
    name        text        not null check (length(btrim(name)) between 1 and 100),
    -- 职务, e.g. 科长
    title       text        check (title is null or length(title) <= 50),
    unit_id     uuid,
    version     integer     not null default 0,
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now(),
    foreign key (tenant_code, tenant_path) references tenant (code, path),
    foreign key (unit_id, tenant_code) references org_unit (id, tenant_code),
    unique (id, tenant_code)
);
call app.protect_tenant_table('person');
grant select, insert, update on person to yingji_app;

-- The one mechanism for tenant-owned tables (see docs/adding-a-tenant-owned-table.md):
-- every such table has tenant_code, tenant_path (defaulted from the transaction's tenant context),
-- a sharing value, and the policies installed by app.protect_tenant_table.

-- Read rule (architecture.md): own rows; rows below me shared up/vertical; rows above me shared
-- down/vertical; public rows — and nothing at all without a tenant context. Writes: own rows only. The Java twin of this rule is
-- cn.yingji.tenancy.SharingRule, and SharingRuleAgreementIntegrationTest proves they agree.
create procedure app.protect_tenant_table(tbl regclass)
    language plpgsql
as $$
begin
    execute format('alter table %s enable row level security', tbl);
    execute format('alter table %s force row level security', tbl);
    execute format($p$
        create policy tenant_read on %s for select using (
            (select app.tenant_path()) is not null and (
                   tenant_path = (select app.tenant_path())
                or sharing = 'public'
                or (sharing in ('up', 'vertical') and tenant_path <@ (select app.tenant_path()))
                or (sharing in ('down', 'vertical') and tenant_path @> (select app.tenant_path()))))
        $p$, tbl);
    execute format($p$
        create policy tenant_insert on %s for insert
        with check (tenant_path = (select app.tenant_path()) and tenant_code = (select app.tenant_code()))
        $p$, tbl);
    execute format($p$
        create policy tenant_update on %s for update
        using (tenant_path = (select app.tenant_path()))
        with check (tenant_path = (select app.tenant_path()) and tenant_code = (select app.tenant_code()))
        $p$, tbl);
    execute format($p$
        create policy tenant_delete on %s for delete using (tenant_path = (select app.tenant_path()))
        $p$, tbl);
    execute format('create index on %s using gist (tenant_path)', tbl);
end
$$;

-- 组织单位：政府、部门、乡镇街道、村社区、企业、学校医院等事业单位. Units live inside a tenant; they own
-- plans and drills but are not tenants themselves.
create type org_unit_kind as enum (
    'government',   -- 人民政府
    'department',   -- 政府部门
    'township',     -- 乡镇/街道
    'village',      -- 村/社区
    'enterprise',   -- 企业
    'institution'   -- 学校、医院等事业单位
);

create table org_unit (
    id                  uuid          primary key default gen_random_uuid(),
    tenant_code         text          not null default app.tenant_code(),
    tenant_path         ltree         not null default app.tenant_path(),
    -- upper tiers oversee the units below them; units are not shared sideways
    sharing             sharing       not null default 'up',
    kind                org_unit_kind not null,
    name                text          not null check (length(btrim(name)) between 1 and 200),
    parent_id           uuid,
    supervising_unit_id uuid,
    version             integer       not null default 0,
    created_at          timestamptz   not null default now(),
    updated_at          timestamptz   not null default now(),
    foreign key (tenant_code, tenant_path) references tenant (code, path),
    unique (id, tenant_code),
    unique (tenant_code, name),
    -- a unit's parent and supervisor belong to the same tenant: a foreign key can never point sideways
    foreign key (parent_id, tenant_code) references org_unit (id, tenant_code),
    foreign key (supervising_unit_id, tenant_code) references org_unit (id, tenant_code),
    check (supervising_unit_id is null or kind in ('enterprise', 'institution'))
);
call app.protect_tenant_table('org_unit');
grant select, insert, update, delete on org_unit to yingji_app;

-- 审计日志: who did what to which record, before and after. The API may insert and read it (within its
-- view), never change or delete it.
create table audit_log (
    id          bigint      primary key generated always as identity,
    tenant_code text        not null default app.tenant_code(),
    tenant_path ltree       not null default app.tenant_path(),
    -- oversight: the record's tenant and its ancestors read the trail
    sharing     sharing     not null default 'up' check (sharing = 'up'),
    actor       text        not null,
    action      text        not null,
    entity      text        not null,
    entity_id   text        not null,
    before      jsonb,
    after       jsonb,
    at          timestamptz not null default now(),
    foreign key (tenant_code, tenant_path) references tenant (code, path)
);
call app.protect_tenant_table('audit_log');
create index audit_log_entity_idx on audit_log (entity, entity_id, at);
grant select, insert on audit_log to yingji_app;

-- 应急预案: plan records with their lifecycle and versions, and the transactional outbox that feeds search.

create type plan_category as enum (
    'general',      -- 总体预案
    'special',      -- 专项预案
    'department',   -- 部门预案
    'grassroots',   -- 基层预案（乡镇/街道、村/社区）
    'enterprise',   -- 企事业单位预案
    'major_event',  -- 重大活动预案
    'joint'         -- 联合预案
);

-- draft 编制中 → issued 已印发 → submitted 已报备 → filed 已备案 | returned 已退回 → (resubmitted) submitted;
-- abolished 已废止. Transitions are validated by cn.yingji.plans.PlanLifecycle.
create type plan_status as enum ('draft', 'issued', 'submitted', 'filed', 'returned', 'abolished');

create table plan (
    id                  uuid          primary key default gen_random_uuid(),
    tenant_code         text          not null default app.tenant_code(),
    tenant_path         ltree         not null default app.tenant_path(),
    -- drafts are private; issuing shares a plan up (oversight); upper tiers may publish down/vertical
    sharing             sharing       not null default 'private',
    -- all versions of one plan share a series; a revision is a new row linked to the previous version
    series_id           uuid          not null default gen_random_uuid(),
    version_no          integer       not null default 1 check (version_no >= 1),
    previous_version_id uuid,
    title               text          not null check (length(btrim(title)) between 1 and 300),
    category            plan_category not null,
    event_types         text[]        not null default '{}' check (cardinality(event_types) <= 20),
    owner_unit_id       uuid          not null,
    lead_unit_id        uuid,
    doc_number          text          check (length(doc_number) <= 100),   -- 文号
    issued_on           date,                                               -- 印发日期
    summary             text          not null default '' check (length(summary) <= 200000),
    status              plan_status   not null default 'draft',
    version             integer       not null default 0,
    created_at          timestamptz   not null default now(),
    updated_at          timestamptz   not null default now(),
    foreign key (tenant_code, tenant_path) references tenant (code, path),
    unique (id, tenant_code),
    foreign key (owner_unit_id, tenant_code) references org_unit (id, tenant_code),
    foreign key (lead_unit_id, tenant_code) references org_unit (id, tenant_code),
    foreign key (previous_version_id, tenant_code) references plan (id, tenant_code),
    unique (series_id, version_no),
    -- an issued plan has its 文号 and date, whatever the application does
    check (status = 'draft' or (doc_number is not null and issued_on is not null))
);
call app.protect_tenant_table('plan');
create index plan_tenant_status_idx on plan (tenant_code, status, updated_at desc);
grant select, insert, update on plan to yingji_app;

-- Transactional outbox: a business write and its outbox row commit together; the indexer
-- (role yingji_indexer) drains it into Elasticsearch. The API may only insert: it never reads pointers
-- of other tenants' changes.
create table outbox (
    id         bigint      primary key generated always as identity,
    entity     text        not null,
    entity_id  uuid        not null,
    created_at timestamptz not null default now()
);
grant insert on outbox to yingji_app;
-- (select ... for update needs the update privilege)
grant select, update, delete on outbox to yingji_indexer;
grant select on tenant, org_unit, plan to yingji_indexer;

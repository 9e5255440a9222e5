-- 预案评估、修订、上下级衔接、模板与编修指南、编修专项行动（任务分解）、联合预案参与地区.

-- A version replaced by its issued revision stops counting: 已修订（被新版本替代）.
alter type plan_status add value 'superseded' after 'filed';

alter table plan
    -- 评估时钟: next evaluation due = last evaluation (or issue) + the policy's cycle; null while the clock
    -- does not run (drafts, superseded and abolished versions)
    add column last_evaluated_on date,
    add column evaluation_due_on date,
    -- start of the reminder window (due date - the owner's policy evaluation.dueSoonDays): 临期
    add column evaluation_reminder_on date,
    -- 联合预案: filed as 专项 or 部门 plan, with the other participating regions
    add column joint_basis       text   check (joint_basis in ('special', 'department')),
    add column participant_codes text[] not null default '{}' check (cardinality(participant_codes) <= 50),
    -- where the draft came from: a template published above, a task of a revision campaign
    add column template_id       uuid,
    add column campaign_task_id  uuid;
-- a version has at most one revision: history is a line, never a tree
create unique index plan_one_revision_idx on plan (previous_version_id) where previous_version_id is not null;
create index plan_evaluation_due_idx on plan (tenant_code, evaluation_due_on) where evaluation_due_on is not null;
create index plan_campaign_task_idx on plan (campaign_task_id) where campaign_task_id is not null;

-- 预案评估记录 (periodic evaluation, 办法第三十一条前后: 县级以上原则上每3年一次)
create type evaluation_conclusion as enum (
    'keep',     -- 继续适用
    'revise',   -- 需要修订
    'abolish'   -- 建议废止
);

create table plan_evaluation (
    id           uuid                  primary key default gen_random_uuid(),
    tenant_code  text                  not null default app.tenant_code(),
    tenant_path  ltree                 not null default app.tenant_path(),
    sharing      sharing               not null default 'up' check (sharing = 'up'),
    plan_id      uuid                  not null,
    evaluated_on date                  not null,
    conclusion   evaluation_conclusion not null,
    findings     text                  not null check (length(btrim(findings)) between 1 and 20000),
    evaluator    text                  check (length(evaluator) <= 200),
    recorded_by  text                  not null,
    created_at   timestamptz           not null default now(),
    foreign key (tenant_code, tenant_path) references tenant (code, path),
    foreign key (plan_id, tenant_code) references plan (id, tenant_code)
);
call app.protect_tenant_table('plan_evaluation');
create index plan_evaluation_plan_idx on plan_evaluation (plan_id, evaluated_on desc);
grant select, insert on plan_evaluation to yingji_app;

-- 修订触发情形 (办法: 法律法规、组织机构、重大风险、应急资源、演练和事件教训、上级预案变化)
create type revision_trigger_kind as enum (
    'law', 'organization', 'risk', 'resource', 'drill_lesson', 'incident_lesson', 'upper_plan_change',
    'evaluation', 'other'
);

create table plan_revision_trigger (
    id                  uuid                  primary key default gen_random_uuid(),
    tenant_code         text                  not null default app.tenant_code(),
    tenant_path         ltree                 not null default app.tenant_path(),
    sharing             sharing               not null default 'up' check (sharing = 'up'),
    plan_id             uuid                  not null,   -- the version it was raised on
    series_id           uuid                  not null,
    kind                revision_trigger_kind not null,
    note                text                  not null check (length(btrim(note)) between 1 and 2000),
    occurred_on         date                  not null,
    raised_by           text                  not null,
    created_at          timestamptz           not null default now(),
    -- the issued revision that answers it
    resolved_by_plan_id uuid,
    resolved_at         timestamptz,
    foreign key (tenant_code, tenant_path) references tenant (code, path),
    foreign key (plan_id, tenant_code) references plan (id, tenant_code),
    foreign key (resolved_by_plan_id, tenant_code) references plan (id, tenant_code),
    check ((resolved_by_plan_id is null) = (resolved_at is null))
);
call app.protect_tenant_table('plan_revision_trigger');
create index plan_revision_trigger_open_idx on plan_revision_trigger (series_id) where resolved_at is null;
grant select, insert, update on plan_revision_trigger to yingji_app;

-- 上下级预案衔接: a plan declares the upper-tier plan it must stay aligned with, and the version of it it
-- was last checked against. A newer issued version above means "review needed" — computed, never copied
-- into the lower tenant's rows by the upper tenant.
create table plan_alignment (
    id                 uuid        primary key default gen_random_uuid(),
    tenant_code        text        not null default app.tenant_code(),
    tenant_path        ltree       not null default app.tenant_path(),
    sharing            sharing     not null default 'up' check (sharing = 'up'),
    plan_id            uuid        not null,
    upper_series_id    uuid        not null,
    upper_tenant_code  text        not null references tenant (code),
    aligned_version_no integer     not null check (aligned_version_no >= 1),
    confirmed_by       text        not null,
    confirmed_at       timestamptz not null default now(),
    foreign key (tenant_code, tenant_path) references tenant (code, path),
    foreign key (plan_id, tenant_code) references plan (id, tenant_code),
    unique (plan_id, upper_series_id)
);
call app.protect_tenant_table('plan_alignment');
create index plan_alignment_upper_idx on plan_alignment (upper_series_id);
grant select, insert, update, delete on plan_alignment to yingji_app;

-- 预案模板与编修指南: compiled by a tier, published down (sharing vertical) to the tiers below.
create type template_kind as enum ('template', 'guide');

create table plan_template (
    id           uuid          primary key default gen_random_uuid(),
    tenant_code  text          not null default app.tenant_code(),
    tenant_path  ltree         not null default app.tenant_path(),
    sharing      sharing       not null default 'private',
    kind         template_kind not null,
    title        text          not null check (length(btrim(title)) between 1 and 300),
    category     plan_category,
    event_types  text[]        not null default '{}' check (cardinality(event_types) <= 20),
    description  text          not null default '' check (length(description) <= 2000),
    body         text          not null default '' check (length(body) <= 200000),
    published_at timestamptz,
    version      integer       not null default 0,
    created_at   timestamptz   not null default now(),
    updated_at   timestamptz   not null default now(),
    foreign key (tenant_code, tenant_path) references tenant (code, path),
    unique (id, tenant_code),
    check (kind = 'guide' or category is not null),
    -- shared beyond its tier only once published
    check (sharing = 'private' or published_at is not null)
);
call app.protect_tenant_table('plan_template');
grant select, insert, update on plan_template to yingji_app;
alter table plan add foreign key (template_id) references plan_template (id);

-- 预案编修专项行动: a notice, a task breakdown (编修任务分解表: plan, responsible unit or lower region,
-- deadline) and a board (挂图作战, 销号管理). A task is done when a plan version linked to it is filed.
create table revision_campaign (
    id                uuid        primary key default gen_random_uuid(),
    tenant_code       text        not null default app.tenant_code(),
    tenant_path       ltree       not null default app.tenant_path(),
    sharing           sharing     not null default 'private',
    title             text        not null check (length(btrim(title)) between 1 and 300),
    notice_doc_number text        check (length(notice_doc_number) <= 100),
    description       text        not null default '' check (length(description) <= 20000),
    deadline          date        not null,
    guide_id          uuid        references plan_template (id),
    launched_at       timestamptz,
    created_by        text        not null,
    version           integer     not null default 0,
    created_at        timestamptz not null default now(),
    updated_at        timestamptz not null default now(),
    foreign key (tenant_code, tenant_path) references tenant (code, path),
    unique (id, tenant_code),
    -- shared beyond its tier only once launched
    check (sharing = 'private' or launched_at is not null)
);
call app.protect_tenant_table('revision_campaign');
grant select, insert, update on revision_campaign to yingji_app;

create table campaign_task (
    id                   uuid          primary key default gen_random_uuid(),
    tenant_code          text          not null default app.tenant_code(),
    tenant_path          ltree         not null default app.tenant_path(),
    -- follows its campaign: private while drafted, vertical once launched
    sharing              sharing       not null default 'private',
    campaign_id          uuid          not null,
    plan_title           text          not null check (length(btrim(plan_title)) between 1 and 300),
    category             plan_category not null,
    -- the region that compiles the plan: the campaign's own tenant (then a unit of it) or one below
    assignee_tenant_code text          not null references tenant (code),
    assignee_unit_id     uuid          references org_unit (id),
    deadline             date          not null,
    template_id          uuid          references plan_template (id),
    created_at           timestamptz   not null default now(),
    foreign key (tenant_code, tenant_path) references tenant (code, path),
    foreign key (campaign_id, tenant_code) references revision_campaign (id, tenant_code) on delete cascade
);
call app.protect_tenant_table('campaign_task');
create index campaign_task_campaign_idx on campaign_task (campaign_id);
create index campaign_task_assignee_idx on campaign_task (assignee_tenant_code);
grant select, insert, update, delete on campaign_task to yingji_app;
alter table plan add foreign key (campaign_task_id) references campaign_task (id);

grant select on plan_evaluation, plan_revision_trigger, plan_alignment, plan_template, revision_campaign,
    campaign_task to yingji_indexer;

-- 应急演练: the annual drill plan (演练计划) and drill records (演练记录) in one table, their evaluation
-- (评估, the after-action report) and corrective actions (整改措施, the improvement plan), tracked to closure.

-- 高危企业、人员密集场所: drill at least every half year (tier policy drills.minimumIntervalMonths).
alter table org_unit add column high_risk boolean not null default false;

create type drill_form as enum (
    'tabletop',       -- 桌面推演
    'field',          -- 实战演练
    'comprehensive',  -- 综合演练
    'functional'      -- 专项演练
);

-- planned 计划中 → held 已举办 | cancelled 已取消. Validated by cn.yingji.drills.DrillLifecycle.
create type drill_status as enum ('planned', 'held', 'cancelled');

-- 评估等级: 优秀 / 良好 / 一般 / 较差
create type drill_rating as enum ('excellent', 'good', 'fair', 'poor');

create table drill (
    id                     uuid          primary key default gen_random_uuid(),
    tenant_code            text          not null default app.tenant_code(),
    tenant_path            ltree         not null default app.tenant_path(),
    -- upper tiers oversee the drills below them; an upper tier may publish a drill down (vertical)
    sharing                sharing       not null default 'up',
    title                  text          not null check (length(btrim(title)) between 1 and 300),
    form                   drill_form    not null,
    status                 drill_status  not null default 'planned',
    plan_year              integer       check (plan_year between 2000 and 2100),   -- 年度演练计划
    planned_on             date,
    held_on                date,
    scenario               text          not null default '' check (length(scenario) <= 20000),
    event_types            text[]        not null default '{}' check (cardinality(event_types) <= 20),
    organizer_unit_id      uuid          not null,
    -- own units taking part (checked by the application: units of the organizer's tenant)
    participating_unit_ids uuid[]        not null default '{}' check (cardinality(participating_unit_ids) <= 200),
    -- 联合演练: lower tenants taking part; they read the drill (participant_read), their siblings do not
    participant_codes      text[]        not null default '{}' check (cardinality(participant_codes) <= 50),
    participant_count      integer       check (participant_count between 0 and 1000000),
    -- the plans the drill tests (own plans or plans the organizer may read)
    plan_ids               uuid[]        not null default '{}' check (cardinality(plan_ids) <= 20),
    summary                text          not null default '' check (length(summary) <= 200000),
    rating                 drill_rating,
    strengths              text          not null default '' check (length(strengths) <= 20000),
    problems               text          not null default '' check (length(problems) <= 20000),
    evaluated_by           text          check (length(evaluated_by) <= 200),
    evaluated_on           date,
    created_by             text          not null,
    version                integer       not null default 0,
    created_at             timestamptz   not null default now(),
    updated_at             timestamptz   not null default now(),
    foreign key (tenant_code, tenant_path) references tenant (code, path),
    unique (id, tenant_code),
    foreign key (organizer_unit_id, tenant_code) references org_unit (id, tenant_code),
    check (status <> 'held' or held_on is not null),
    check (status = 'held' or held_on is null),
    check (planned_on is not null or held_on is not null),
    check ((rating is null) = (evaluated_on is null)),
    check (rating is null or status = 'held')
);
call app.protect_tenant_table('drill');
create policy participant_read on drill for select
    using (participant_codes @> array[(select app.tenant_code())]);
create index drill_tenant_date_idx on drill (tenant_code, (coalesce(held_on, planned_on)) desc, id);
create index drill_participants_idx on drill using gin (participant_codes);
create index drill_plans_idx on drill using gin (plan_ids) where status = 'held';
create index drill_units_idx on drill using gin (participating_unit_ids) where status = 'held';
create index drill_organizer_idx on drill (organizer_unit_id, held_on) where status = 'held';
grant select, insert, update on drill to yingji_app;

-- open 待整改 → in_progress 整改中 → done 已完成
create type corrective_action_status as enum ('open', 'in_progress', 'done');

-- 整改措施: owned by the drill's organizer; the responsible unit may belong to a participating lower tenant
-- (assignee_code), which then reads the action and reports its progress.
create table drill_corrective_action (
    id             uuid                     primary key default gen_random_uuid(),
    tenant_code    text                     not null default app.tenant_code(),
    tenant_path    ltree                    not null default app.tenant_path(),
    sharing        sharing                  not null default 'up' check (sharing = 'up'),
    drill_id       uuid                     not null,
    description    text                     not null check (length(btrim(description)) between 1 and 2000),
    owner_unit_id  uuid                     not null references org_unit (id),
    assignee_code  text                     not null references tenant (code),
    due_on         date                     not null,
    status         corrective_action_status not null default 'open',
    progress_note  text                     not null default '' check (length(progress_note) <= 2000),
    completed_on   date,
    -- the plan the lesson concerns, and the revision trigger raised on it (修订触发情形)
    plan_id        uuid,
    trigger_id     uuid                     references plan_revision_trigger (id),
    created_by     text                     not null,
    updated_by     text                     not null,
    version        integer                  not null default 0,
    created_at     timestamptz              not null default now(),
    updated_at     timestamptz              not null default now(),
    foreign key (tenant_code, tenant_path) references tenant (code, path),
    foreign key (drill_id, tenant_code) references drill (id, tenant_code),
    check ((status = 'done') = (completed_on is not null))
);
call app.protect_tenant_table('drill_corrective_action');
create policy assignee_read on drill_corrective_action for select
    using (assignee_code = (select app.tenant_code()));
create policy assignee_update on drill_corrective_action for update
    using (assignee_code = (select app.tenant_code()))
    with check (assignee_code = (select app.tenant_code()));
create index drill_corrective_action_drill_idx on drill_corrective_action (drill_id);
create index drill_corrective_action_assignee_idx on drill_corrective_action (assignee_code, status, due_on);
grant select, insert, update on drill_corrective_action to yingji_app;

-- The assignee reports progress (and may raise a revision trigger on its own plan): what to do, by whom
-- and by when stay the organizer's decision.
create function app.guard_corrective_action_update() returns trigger
    language plpgsql
as $$
begin
    if new.tenant_code is distinct from (select app.tenant_code())
       and (new.description, new.owner_unit_id, new.assignee_code, new.due_on, new.drill_id,
            new.tenant_code, new.tenant_path, new.sharing, new.created_by)
           is distinct from
           (old.description, old.owner_unit_id, old.assignee_code, old.due_on, old.drill_id,
            old.tenant_code, old.tenant_path, old.sharing, old.created_by) then
        raise exception 'only the organizer may change a corrective action, the assignee reports progress'
            using errcode = '42501';
    end if;
    return new;
end
$$;
create trigger corrective_action_guard before update on drill_corrective_action
    for each row execute function app.guard_corrective_action_update();

grant select on drill, drill_corrective_action to yingji_indexer;

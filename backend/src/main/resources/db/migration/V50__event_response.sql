-- 应急响应 (docs/reporting.md «Response»): the people affected and the direct losses a report states; which body of
-- a tier entered, changed or ended which response level when, and the plan it activated; the tier's command (指挥部,
-- 工作组) with their leaders. Each row is the responding tier's, overseen from above (as reports are).

alter table event_report add column affected integer check (affected >= 0);                -- 受灾人数
alter table event_report add column economic_loss numeric(14, 2) check (economic_loss >= 0); -- 直接经济损失（万元）

create type response_level as enum ('i', 'ii', 'iii', 'iv');        -- Ⅰ级（最高）… Ⅳ级
create type response_action as enum ('start', 'adjust', 'end');    -- 启动 / 调整 / 终止

create table event_response (
    id          uuid            primary key default gen_random_uuid(),
    tenant_code text            not null default app.tenant_code(),
    tenant_path ltree           not null default app.tenant_path(),
    sharing     sharing         not null default 'up' check (sharing = 'up'),
    event_id    uuid            not null references event (id),
    action      response_action not null,
    level       response_level,
    -- 响应主体: the body that entered the level (市应急管理局, 市防汛抗旱指挥部)
    body        text            not null check (length(btrim(body)) between 1 and 100),
    -- who decided it (a leader, by name and title)
    decided_by  text            not null check (length(btrim(decided_by)) between 1 and 100),
    decided_at  timestamptz     not null,
    -- the plan activated with it (启动预案), one the tier reads
    plan_id     uuid            references plan (id),
    note        text            not null default '' check (length(note) <= 1000),
    created_by  text            not null,
    version     integer         not null default 0,
    created_at  timestamptz     not null default now(),
    updated_at  timestamptz     not null default now(),
    foreign key (tenant_code, tenant_path) references tenant (code, path),
    check ((action = 'end') = (level is null))
);
call app.protect_tenant_table('event_response');
create index event_response_event_idx on event_response (event_id, decided_at);
grant select, insert on event_response to yingji_app;

create type command_kind as enum ('headquarters', 'group');       -- 指挥部 / 工作组

create table event_command (
    id             uuid         primary key default gen_random_uuid(),
    tenant_code    text         not null default app.tenant_code(),
    tenant_path    ltree        not null default app.tenant_path(),
    sharing        sharing      not null default 'up' check (sharing = 'up'),
    event_id       uuid         not null references event (id),
    kind           command_kind not null,
    name           text         not null check (length(btrim(name)) between 1 and 100),
    leader_name    text         not null check (length(btrim(leader_name)) between 1 and 50),
    leader_title   text         not null default '' check (length(leader_title) <= 50),
    duties         text         not null default '' check (length(duties) <= 2000),
    established_at timestamptz  not null,
    created_by     text         not null,
    version        integer      not null default 0,
    created_at     timestamptz  not null default now(),
    updated_at     timestamptz  not null default now(),
    foreign key (tenant_code, tenant_path) references tenant (code, path),
    -- one 指挥部 or 工作组 of a name per tier and event: a double click makes one
    unique (event_id, tenant_code, name)
);
call app.protect_tenant_table('event_command');
create index event_command_event_idx on event_command (event_id, established_at);
grant select, insert on event_command to yingji_app;

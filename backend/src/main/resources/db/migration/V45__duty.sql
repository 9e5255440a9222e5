-- 值班值守 and 查岗 (docs/duty.md): each office's duty posts, its roster of shifts (带班领导 and 值班员), leaders'
-- absence reports (离岗报备), the duty log, handovers that pass every open clock to the next shift, and the spot
-- checks an upper tier makes of a lower tier's duty post. All of it is the office's own and overseen from above
-- (sharing 'up'); a spot check is the checking tier's, read also by the tier it checks, whose answer is its own.

create type duty_role as enum ('leader', 'officer');                         -- 带班领导, 值班员
create type spot_check_method as enum ('system', 'phone', 'video');          -- 系统点名, 电话抽查, 视频点名
create type duty_violation as enum ('none', 'absent', 'missed', 'empty', 'stand_in');  -- 无, 脱岗, 漏岗, 空岗, 顶岗

-- 值班岗位: a fixed duty room with its phone (「固定值班场所和值班电话」), located.
create table duty_post (
    id          uuid        primary key default gen_random_uuid(),
    tenant_code text        not null default app.tenant_code(),
    tenant_path ltree       not null default app.tenant_path(),
    sharing     sharing     not null default 'up' check (sharing = 'up'),
    name        text        not null check (length(btrim(name)) between 1 and 50),
    room        text        not null check (length(btrim(room)) between 1 and 100),
    phone       text        not null check (length(btrim(phone)) between 1 and 30),
    address     text        not null check (length(btrim(address)) between 1 and 300),
    longitude   double precision not null check (longitude between 73 and 136),
    latitude    double precision not null check (latitude between 3 and 54),
    created_by  text        not null,
    version     integer     not null default 0,
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now(),
    foreign key (tenant_code, tenant_path) references tenant (code, path),
    unique (id, tenant_code),
    unique (tenant_code, name)
);
call app.protect_tenant_table('duty_post');
grant select, insert, update on duty_post to yingji_app;

-- 班次: one person on one post for a time, as 带班领导 or 值班员. Nobody is on two shifts at once: the roster's
-- writes serialize on a transaction lock of the tenant's roster and check overlaps (docs/duty.md).
create table duty_shift (
    id          uuid        primary key default gen_random_uuid(),
    tenant_code text        not null default app.tenant_code(),
    tenant_path ltree       not null default app.tenant_path(),
    sharing     sharing     not null default 'up' check (sharing = 'up'),
    post_id     uuid        not null,
    person_id   uuid        not null,
    duty_role   duty_role   not null,
    starts_at   timestamptz not null,
    ends_at     timestamptz not null,
    created_by  text        not null,
    created_at  timestamptz not null default now(),
    check (ends_at > starts_at and ends_at - starts_at <= interval '48 hours'),
    foreign key (tenant_code, tenant_path) references tenant (code, path),
    foreign key (post_id, tenant_code) references duty_post (id, tenant_code),
    foreign key (person_id, tenant_code) references person (id, tenant_code)
);
call app.protect_tenant_table('duty_shift');
create index duty_shift_tenant_time_idx on duty_shift (tenant_code, starts_at, ends_at);
create index duty_shift_person_idx on duty_shift (person_id, starts_at);
grant select, insert, delete on duty_shift to yingji_app;

-- 离岗报备: a leader away from the place of duty (汛期领导离岗报备制度), with who stands in.
create table leader_absence (
    id          uuid        primary key default gen_random_uuid(),
    tenant_code text        not null default app.tenant_code(),
    tenant_path ltree       not null default app.tenant_path(),
    sharing     sharing     not null default 'up' check (sharing = 'up'),
    person_id   uuid        not null,
    deputy_id   uuid,
    starts_at   timestamptz not null,
    ends_at     timestamptz not null,
    destination text        not null check (length(btrim(destination)) between 1 and 100),
    reason      text        not null check (length(btrim(reason)) between 1 and 500),
    reported_by text        not null,
    reported_at timestamptz not null default now(),
    check (ends_at > starts_at),
    check (deputy_id is null or deputy_id <> person_id),
    foreign key (tenant_code, tenant_path) references tenant (code, path),
    foreign key (person_id, tenant_code) references person (id, tenant_code),
    foreign key (deputy_id, tenant_code) references person (id, tenant_code)
);
call app.protect_tenant_table('leader_absence');
create index leader_absence_tenant_time_idx on leader_absence (tenant_code, starts_at);
grant select, insert on leader_absence to yingji_app;

-- 值班日志: what the shift did and learned, in its own words.
create table duty_log_entry (
    id          uuid        primary key default gen_random_uuid(),
    tenant_code text        not null default app.tenant_code(),
    tenant_path ltree       not null default app.tenant_path(),
    sharing     sharing     not null default 'up' check (sharing = 'up'),
    logged_at   timestamptz not null default now(),
    logged_by   text        not null,
    content     text        not null check (length(btrim(content)) between 1 and 4000),
    foreign key (tenant_code, tenant_path) references tenant (code, path)
);
call app.protect_tenant_table('duty_log_entry');
create index duty_log_entry_tenant_idx on duty_log_entry (tenant_code, logged_at desc);
grant select, insert on duty_log_entry to yingji_app;

-- 交接班: the outgoing officer hands over every open clock of the office; the incoming one acknowledges each item
-- and accepts. One handover of an office is open at a time.
create table duty_handover (
    id            uuid        primary key default gen_random_uuid(),
    tenant_code   text        not null default app.tenant_code(),
    tenant_path   ltree       not null default app.tenant_path(),
    sharing       sharing     not null default 'up' check (sharing = 'up'),
    handed_by     text        not null,
    handed_at     timestamptz not null default now(),
    note          text        not null default '' check (length(note) <= 4000),
    accepted_by   text,
    accepted_at   timestamptz,
    check ((accepted_by is null) = (accepted_at is null)),
    check (accepted_by is null or accepted_by <> handed_by),
    foreign key (tenant_code, tenant_path) references tenant (code, path),
    unique (id, tenant_code)
);
call app.protect_tenant_table('duty_handover');
create unique index duty_handover_one_open on duty_handover (tenant_code) where accepted_at is null;
create index duty_handover_tenant_idx on duty_handover (tenant_code, handed_at desc);
grant select, insert, update on duty_handover to yingji_app;

create table duty_handover_item (
    id            uuid        primary key default gen_random_uuid(),
    tenant_code   text        not null default app.tenant_code(),
    tenant_path   ltree       not null default app.tenant_path(),
    sharing       sharing     not null default 'up' check (sharing = 'up'),
    handover_id   uuid        not null,
    -- the open obligation handed over (a report clock, a 批示 to answer, a spot check, later a warning's 叫应)
    obligation_id uuid        not null,
    kind          obligation_kind not null,
    record_id     uuid        not null,
    subject       text        not null,
    due_at        timestamptz not null,
    acknowledged_at timestamptz,
    foreign key (tenant_code, tenant_path) references tenant (code, path),
    foreign key (handover_id, tenant_code) references duty_handover (id, tenant_code),
    unique (handover_id, obligation_id)
);
call app.protect_tenant_table('duty_handover_item');
grant select, insert, update on duty_handover_item to yingji_app;

-- 查岗: the checking tier's record of a check of a tier below it; the checked tier reads it (to answer it).
create table spot_check (
    id                  uuid        primary key default gen_random_uuid(),
    tenant_code         text        not null default app.tenant_code(),
    tenant_path         ltree       not null default app.tenant_path(),
    sharing             sharing     not null default 'up' check (sharing = 'up'),
    checked_tenant_code text        not null references tenant (code),
    post_id             uuid        references duty_post (id),
    method              spot_check_method not null,
    -- when it is (or, scheduled, will be) sent; a scheduled check (抽查 planned for a holiday or sensitive period)
    -- reaches the checked tier only once delivered, and its answer window starts then
    sent_at             timestamptz not null default now(),
    delivered_at        timestamptz,
    answer_due_at       timestamptz not null,
    -- 抽查名目 of a scheduled check, e.g. 元旦假期值班抽查
    occasion            text        check (occasion is null or length(btrim(occasion)) between 1 and 50),
    checked_by          text        not null,
    -- the checker's conclusion: the violation found (R2.3), the rectification ordered and any sanction
    violation           duty_violation,
    rectification       text        check (rectification is null or length(rectification) <= 1000),
    sanction            text        check (sanction is null or length(sanction) <= 500),
    concluded_by        text,
    concluded_at        timestamptz,
    version             integer     not null default 0,
    created_at          timestamptz not null default now(),
    updated_at          timestamptz not null default now(),
    check (answer_due_at > sent_at),
    check (checked_tenant_code <> tenant_code),
    check ((violation is null) = (concluded_at is null)),
    foreign key (tenant_code, tenant_path) references tenant (code, path)
);
call app.protect_tenant_table('spot_check');
-- the checked tier reads a check once it is delivered, never one still scheduled (a spot check is unannounced)
create policy checked_read on spot_check for select
    using (checked_tenant_code = (select app.tenant_code()) and delivered_at is not null);
call app.narrow_reads_by_role('spot_check');
create index spot_check_tenant_idx on spot_check (tenant_code, sent_at desc);
create index spot_check_checked_idx on spot_check (checked_tenant_code, sent_at desc);
create index spot_check_scheduled_idx on spot_check (sent_at) where delivered_at is null;
grant select, insert, update on spot_check to yingji_app;

-- The delivery pass (SpotCheckDeliveryJob) finds the scheduled checks now due across tenants (ids and their checking
-- tenants only); each is then delivered in its checking tenant's own context.
create function app.due_spot_checks(batch integer) returns table (id uuid, tenant_code text)
    language sql stable security definer
    set search_path = public, pg_temp
as $$
    select id, tenant_code from spot_check where delivered_at is null and sent_at <= now() order by sent_at limit batch
$$;
revoke all on function app.due_spot_checks(integer) from public;
grant execute on function app.due_spot_checks(integer) to yingji_app;

-- 查岗应答: the checked tier's answer, once; after the window it is late (迟答), never passed.
create table spot_check_answer (
    id            uuid        primary key default gen_random_uuid(),
    tenant_code   text        not null default app.tenant_code(),
    tenant_path   ltree       not null default app.tenant_path(),
    sharing       sharing     not null default 'up' check (sharing = 'up'),
    spot_check_id uuid        not null unique references spot_check (id),
    answered_by   text        not null,
    answered_at   timestamptz not null default now(),
    late          boolean     not null,
    -- whether the one who answered is on a shift of the roster at that moment (not: 顶岗 or 漏岗 to establish)
    on_roster     boolean     not null,
    note          text        not null default '' check (length(note) <= 500),
    foreign key (tenant_code, tenant_path) references tenant (code, path)
);
call app.protect_tenant_table('spot_check_answer');
grant select, insert on spot_check_answer to yingji_app;

alter type obligation_kind add value 'spot_check_answer';
alter type notification_kind add value 'spot_check';
alter type notification_kind add value 'spot_check_answered';
alter type notification_kind add value 'duty_handover';

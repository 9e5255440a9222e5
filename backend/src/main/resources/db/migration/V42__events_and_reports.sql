-- 统一接报 and 信息报送 (docs/reporting.md): what an office is told (intake), the events it opens from it, and the
-- reports each tier sends up about them, with their statutory clocks as obligations.

create type event_severity as enum ('general', 'major', 'serious', 'especially_serious');  -- 一般 < 较大 < 重大 < 特别重大
create type event_status as enum ('open', 'closed');
create type intake_source as enum ('lower_tier', 'department', 'township', 'grid_member', 'hotline', 'transfer',
                                   'upper_notice', 'opinion');
create type report_channel as enum ('phone', 'sms', 'fax', 'written', 'system');
create type intake_state as enum ('new', 'screened', 'dismissed');
create type report_stage as enum ('initial', 'follow_up', 'final');
create type figure_basis as enum ('department', 'territorial', 'verified');  -- 部门口径 / 属地口径 / 核定口径

-- 事件: owned by the tenant that handles it, shared up (the tiers above oversee it).
create table event (
    id          uuid           primary key default gen_random_uuid(),
    tenant_code text           not null default app.tenant_code(),
    tenant_path ltree          not null default app.tenant_path(),
    sharing     sharing        not null default 'up' check (sharing = 'up'),
    title       text           not null check (length(btrim(title)) between 1 and 200),
    event_type  text           not null check (length(event_type) between 1 and 50),
    severity    event_severity not null,
    occurred_at timestamptz    not null,
    learned_at  timestamptz    not null check (learned_at >= occurred_at),
    address     text           not null check (length(btrim(address)) between 1 and 300),
    longitude   double precision not null check (longitude between 73 and 136),
    latitude    double precision not null check (latitude between 3 and 54),
    summary     text           not null default '' check (length(summary) <= 4000),
    status      event_status   not null default 'open',
    created_by  text           not null,
    version     integer        not null default 0,
    created_at  timestamptz    not null default now(),
    updated_at  timestamptz    not null default now(),
    foreign key (tenant_code, tenant_path) references tenant (code, path),
    unique (id, tenant_code)
);
call app.protect_tenant_table('event');
create index event_tenant_occurred_idx on event (tenant_code, occurred_at desc);
grant select, insert, update on event to yingji_app;
grant select on event to yingji_indexer;

-- 接报登记: one item per thing the duty office is told, whatever the source; private to the office that received it.
-- Who is not of the office (a township's 信息员) reads only what it submitted itself.
create table intake_item (
    id           uuid           primary key default gen_random_uuid(),
    tenant_code  text           not null default app.tenant_code(),
    tenant_path  ltree          not null default app.tenant_path(),
    sharing      sharing        not null default 'private' check (sharing = 'private'),
    source       intake_source  not null,
    channel      report_channel not null,
    received_at  timestamptz    not null,
    reporter     text           not null check (length(btrim(reporter)) between 1 and 100),
    reporter_phone text         check (reporter_phone is null or length(reporter_phone) between 1 and 30),
    content      text           not null check (length(btrim(content)) between 1 and 4000),
    occurred_at  timestamptz,
    address      text           check (address is null or length(address) <= 300),
    longitude    double precision check (longitude between 73 and 136),
    latitude     double precision check (latitude between 3 and 54),
    state        intake_state   not null default 'new',
    event_id     uuid           references event (id),
    screened_by  text,
    screened_at  timestamptz,
    taken_by     text           not null,
    created_by   text           not null,
    version      integer        not null default 0,
    created_at   timestamptz    not null default now(),
    updated_at   timestamptz    not null default now(),
    foreign key (tenant_code, tenant_path) references tenant (code, path),
    check ((longitude is null) = (latitude is null)),
    check ((state = 'new') = (screened_at is null)),
    check (state <> 'screened' or event_id is not null)
);
call app.protect_tenant_table('intake_item');
call app.narrow_reads_by_role('intake_item', $r$created_by = (select app.username())$r$);
create index intake_item_tenant_received_idx on intake_item (tenant_code, received_at desc);
create index intake_item_event_idx on intake_item (event_id) where event_id is not null;
grant select, insert, update on intake_item to yingji_app;

-- 信息报送: a tenant's report about an event (its own or one below it), shared up. Numbered per event and reporting
-- tenant without gaps or repeats (the app takes the number under a transaction lock; the key is the backstop).
create table event_report (
    id             uuid           primary key default gen_random_uuid(),
    tenant_code    text           not null default app.tenant_code(),
    tenant_path    ltree          not null default app.tenant_path(),
    sharing        sharing        not null default 'up' check (sharing = 'up'),
    event_id       uuid           not null references event (id),
    seq            integer        not null check (seq >= 1),
    stage          report_stage   not null,
    follow_up_no   integer        check (follow_up_no >= 1),
    channel        report_channel not null,
    direct         boolean        not null default false,
    content        text           not null check (length(btrim(content)) between 1 and 8000),
    dead           integer        check (dead >= 0),
    injured        integer        check (injured >= 0),
    missing        integer        check (missing >= 0),
    relocated      integer        check (relocated >= 0),
    figure_basis   figure_basis,
    principal      text           not null check (length(btrim(principal)) between 1 and 50),
    deputy         text           not null check (length(btrim(deputy)) between 1 and 50),
    compiled_by    text           not null check (length(btrim(compiled_by)) between 1 and 50),
    reported_at    timestamptz    not null default now(),
    -- 迟报: a clock this report closed was past its due time; computed when it is sent, never again
    late           boolean        not null default false,
    created_by     text           not null,
    version        integer        not null default 0,
    created_at     timestamptz    not null default now(),
    updated_at     timestamptz    not null default now(),
    foreign key (tenant_code, tenant_path) references tenant (code, path),
    unique (event_id, tenant_code, seq),
    check ((stage = 'follow_up') = (follow_up_no is not null))
);
call app.protect_tenant_table('event_report');
create index event_report_event_idx on event_report (event_id, tenant_code, seq);
create index event_report_tenant_reported_idx on event_report (tenant_code, reported_at desc);
grant select, insert on event_report to yingji_app;
grant select on event_report to yingji_indexer;

-- 已读: who of an office above read a report when; the reader's, and the reporting tenant reads it too.
create table report_reading (
    id                 uuid        primary key default gen_random_uuid(),
    tenant_code        text        not null default app.tenant_code(),
    tenant_path        ltree       not null default app.tenant_path(),
    sharing            sharing     not null default 'private' check (sharing = 'private'),
    report_id          uuid        not null references event_report (id),
    report_tenant_code text        not null references tenant (code),
    reader_username    text        not null,
    reader_name        text        not null,
    read_at            timestamptz not null default now(),
    foreign key (tenant_code, tenant_path) references tenant (code, path),
    unique (report_id, reader_username)
);
call app.protect_tenant_table('report_reading');
create policy reporter_read on report_reading for select using (report_tenant_code = (select app.tenant_code()));
call app.narrow_reads_by_role('report_reading');
create index report_reading_report_idx on report_reading (report_id);
grant select, insert on report_reading to yingji_app;

-- One open obligation of a kind per record and per tenant that must act (was: per record): every tier that reports
-- on an event has its own 续报 clock of it.
drop index obligation_one_open;
create unique index obligation_one_open on obligation (kind, record_id, assignee_tenant_code) where state = 'open';

-- Closing an obligation the caller's tenant must act on, and only such (a city's own report on a county's event
-- must not close the county's clock: app.close_obligation would, as a tier above the owner). Owner or not: a relay
-- clock is owned by the reporting county and owed by its city.
create function app.close_assigned_obligation(p_kind obligation_kind, p_record_id uuid, p_done_at timestamptz)
    returns obligation_state
    language plpgsql security definer
    set search_path = public, pg_temp
as $$
declare
    v_state obligation_state;
begin
    with closed as (
        update obligation
           set state = case when p_done_at <= due_at then 'done_on_time'::obligation_state else 'done_late' end,
               done_at = p_done_at, done_by = app.username(), version = version + 1
         where kind = p_kind and record_id = p_record_id and state = 'open'
           and assignee_tenant_code = app.tenant_code()
        returning state)
    select min(state::text)::obligation_state into v_state from closed;
    return v_state;
end
$$;
revoke all on function app.close_assigned_obligation(obligation_kind, uuid, timestamptz) from public;
grant execute on function app.close_assigned_obligation(obligation_kind, uuid, timestamptz) to yingji_app;

alter type obligation_kind add value 'report_initial';
alter type obligation_kind add value 'report_written';
alter type obligation_kind add value 'report_follow_up';
alter type obligation_kind add value 'report_relay';
alter type notification_kind add value 'intake_received';
alter type notification_kind add value 'report_received';

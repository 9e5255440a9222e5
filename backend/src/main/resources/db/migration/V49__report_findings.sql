-- 漏报/瞒报/谎报 (docs/reporting.md «Findings»): where an event happened, the findings an office makes about the
-- reporting of the regions below it, and 批示 on a bulletin.

-- 事发地: the division the event happened in, the handling tenant's own or one below it. An upper tier that learns
-- of an event through another channel than the tier below names that tier here; the 漏报 check compares its reports.
alter table event add column place_code text references tenant (code);
update event set place_code = tenant_code;
alter table event alter column place_code set not null;
create index event_place_idx on event (place_code, occurred_at);
-- unnamed, the place is the handling tenant's own division (the demo's and the benchmark's rows say nothing of it)
create function app.event_place_default() returns trigger language plpgsql as $$
begin
    new.place_code := coalesce(new.place_code, new.tenant_code);
    return new;
end
$$;
create trigger event_place_default before insert on event for each row execute function app.event_place_default();

create type finding_kind as enum ('missed', 'concealed', 'false');              -- 漏报 / 瞒报 / 谎报
create type finding_state as enum ('candidate', 'confirmed', 'dismissed');       -- 待核查 / 已认定 / 已排除

-- A finding of an office about a region below it: a 漏报 candidate the check wrote (detected_by null), confirmed or
-- dismissed by a person with the basis; or a 漏报/瞒报/谎报 a person recorded after 核查, confirmed at once. The
-- finding office's, overseen from above; the region found at fault reads it once it is confirmed.
create table report_finding (
    id                  uuid          primary key default gen_random_uuid(),
    tenant_code         text          not null default app.tenant_code(),
    tenant_path         ltree         not null default app.tenant_path(),
    sharing             sharing       not null default 'up' check (sharing = 'up'),
    kind                finding_kind  not null,
    state               finding_state not null,
    event_id            uuid          not null references event (id),
    report_id           uuid          references event_report (id),
    subject_tenant_code text          not null references tenant (code) check (subject_tenant_code <> tenant_code),
    -- the check's reason for a candidate (when the region's report was due, what it compared)
    detail              text          not null default '' check (length(detail) <= 1000),
    -- 认定/排除依据: what the 核查 found
    basis               text          not null default '' check (length(basis) <= 4000),
    detected_by         text,
    decided_by          text,
    decided_at          timestamptz,
    created_by          text          not null,
    version             integer       not null default 0,
    created_at          timestamptz   not null default now(),
    updated_at          timestamptz   not null default now(),
    foreign key (tenant_code, tenant_path) references tenant (code, path),
    check ((state = 'candidate') = (decided_at is null)),
    check (state = 'candidate' or length(btrim(basis)) > 0),
    check (state <> 'candidate' or kind = 'missed')
);
call app.protect_tenant_table('report_finding');
create policy subject_read on report_finding for select
    using (subject_tenant_code = (select app.tenant_code()) and state = 'confirmed');
call app.narrow_reads_by_role('report_finding');
-- the check writes one 漏报 per event: a second pass (or a second instance) finds it there
create unique index report_finding_one_missed_idx on report_finding (event_id, subject_tenant_code) where kind = 'missed';
create index report_finding_tenant_idx on report_finding (tenant_code, created_at desc);
create index report_finding_subject_idx on report_finding (subject_tenant_code, state);
create index report_finding_event_idx on report_finding (event_id);
grant select, insert, update on report_finding to yingji_app;

-- The tenants whose events below them, learned otherwise than from the tier below and not yet checked, the 漏报
-- check looks at (across tenants, so the job knows whose context to enter).
create function app.tenants_with_events_to_check(p_since timestamptz) returns setof text
    language sql stable security definer
    set search_path = public, pg_temp
as $$
    select distinct e.tenant_code from event e
     where e.place_code <> e.tenant_code and e.learned_at >= p_since
       and not exists (select 1 from report_finding f where f.event_id = e.id and f.kind = 'missed')
       and not exists (select 1 from intake_item i where i.event_id = e.id and i.source = 'lower_tier')
$$;
revoke all on function app.tenants_with_events_to_check(timestamptz) from public;
grant execute on function app.tenants_with_events_to_check(timestamptz) to yingji_app;

alter type notification_kind add value 'report_finding_candidate';
alter type notification_kind add value 'report_finding_confirmed';

-- 批示 on a 信息快报 (which may concern no event)
alter table instruction add column bulletin_id uuid references info_bulletin (id);
alter table instruction alter column event_id drop not null;
alter table instruction add constraint instruction_on_something check (event_id is not null or bulletin_id is not null);
create index instruction_bulletin_idx on instruction (bulletin_id) where bulletin_id is not null;

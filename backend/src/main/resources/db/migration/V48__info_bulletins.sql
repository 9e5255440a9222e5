-- 《信息快报》 and 《值班信息》 (docs/reporting.md «Bulletins»): numbered per office, series and year, compiled from
-- the reports of an event and sent to leaders, to the regions concerned and to departments. The compiling office's,
-- overseen from above and read by the regions it names (never by their siblings), as 批示 are.

create type bulletin_series as enum ('express', 'duty');  -- 信息快报 / 值班信息

create table info_bulletin (
    id              uuid            primary key default gen_random_uuid(),
    tenant_code     text            not null default app.tenant_code(),
    tenant_path     ltree           not null default app.tenant_path(),
    sharing         sharing         not null default 'up' check (sharing = 'up'),
    series          bulletin_series not null,
    year            integer         not null check (year between 2000 and 2100),
    number          integer         not null check (number >= 1),
    title           text            not null check (length(btrim(title)) between 1 and 200),
    body            text            not null check (length(btrim(body)) between 1 and 20000),
    event_id        uuid            references event (id),
    report_ids      uuid[]          not null default '{}',
    leaders         text            not null default '' check (length(leaders) <= 500),
    addressee_codes text[]          not null default '{}' check (cardinality(addressee_codes) <= 50),
    departments     text            not null default '' check (length(departments) <= 500),
    compiled_by     text            not null check (length(btrim(compiled_by)) between 1 and 50),
    approved_by     text            not null check (length(btrim(approved_by)) between 1 and 50),
    issued_at       timestamptz     not null default now(),
    created_by      text            not null,
    version         integer         not null default 0,
    created_at      timestamptz     not null default now(),
    updated_at      timestamptz     not null default now(),
    foreign key (tenant_code, tenant_path) references tenant (code, path),
    unique (tenant_code, series, year, number)
);
call app.protect_tenant_table('info_bulletin');
create policy addressee_read on info_bulletin for select using ((select app.tenant_code()) = any (addressee_codes));
call app.narrow_reads_by_role('info_bulletin');
create index info_bulletin_tenant_idx on info_bulletin (tenant_code, issued_at desc);
create index info_bulletin_addressee_idx on info_bulletin using gin (addressee_codes);
grant select, insert on info_bulletin to yingji_app;

alter type notification_kind add value 'bulletin_received';

-- 合规看板 within seconds (issue 13 item 3): a write to a record the dashboard counts marks its region's snapshot of
-- this month stale; ComplianceFreshnessJob takes the stale regions every few seconds and recomputes their snapshot
-- (docs/compliance.md). The 6-hourly pass stays for what changes with time alone (a due day passing).

-- An internal queue, unlogged (a crash loses at most a few seconds of marks, which the 6-hourly pass covers) and
-- without a key: writers of one region never wait for each other on it. The API's role reaches it only through the
-- functions below.
create unlogged table compliance_stale (
    tenant_code text        not null,
    marked_at   timestamptz not null default now()
);
revoke all on compliance_stale from public;

-- Statement-level, with the transition table of the statement: one insert per statement however many rows it
-- wrote (a bulk load of the demo or a benchmark pays once). tg_argv[0]: the column naming the region the record
-- counts for (a corrective action counts for its assignee, a campaign task for the region responsible).
create function app.mark_compliance_stale() returns trigger
    language plpgsql security definer
    set search_path = public, pg_temp
as $$
begin
    execute format('insert into public.compliance_stale (tenant_code) select distinct %1$I from %2$I where %1$I is not null',
                   tg_argv[0], case tg_op when 'DELETE' then 'gone_rows' else 'new_rows' end);
    return null;
end
$$;

do $$
declare
    counted record;
begin
    for counted in select * from (values ('plan', 'tenant_code'), ('drill', 'tenant_code'),
                                         ('drill_corrective_action', 'assignee_code'), ('expert', 'tenant_code'),
                                         ('campaign_task', 'assignee_tenant_code'), ('org_unit', 'tenant_code'))
                                  as t (tbl, col)
    loop
        execute format('create trigger %1$s_compliance_stale_insert after insert on %1$I referencing new table as new_rows '
                       || 'for each statement execute function app.mark_compliance_stale(%2$L)', counted.tbl, counted.col);
        execute format('create trigger %1$s_compliance_stale_update after update on %1$I referencing new table as new_rows '
                       || 'for each statement execute function app.mark_compliance_stale(%2$L)', counted.tbl, counted.col);
        execute format('create trigger %1$s_compliance_stale_delete after delete on %1$I referencing old table as gone_rows '
                       || 'for each statement execute function app.mark_compliance_stale(%2$L)', counted.tbl, counted.col);
    end loop;
end
$$;

-- Takes the stale regions (each once, however often marked), with the catalog's columns (app.tenant_catalog).
create function app.take_stale_compliance()
    returns table (code text, path ltree, tier tenant_tier, name text)
    language sql volatile security definer
    set search_path = public, pg_temp
as $$
    with taken as (delete from public.compliance_stale returning tenant_code)
    select t.code, t.path, t.tier, t.name from public.tenant t
    where t.code in (select tenant_code from taken) order by t.path
$$;
grant execute on function app.take_stale_compliance() to yingji_app;

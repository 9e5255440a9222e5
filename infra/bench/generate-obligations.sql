-- The workbench's data (工作台, issue 13, docs/benchmarks.md): the obligations of the generated plans, drills and
-- units, in bulk, as the features and their daily passes would have opened and closed them. bench.sh --workbench
-- runs it when the obligations lag behind the plans.
set statement_timeout = 0;
delete from obligation;

-- 预案评估, 整改落实, 编修任务: exactly as a deployment backfills them (V36)
select app.open_obligations_of_existing_records();

-- 预案备案: every version issued owed it within 20 working days (≈ 28 calendar days); a version filed since (or
-- superseded) filed it, one in five late; a version only issued still owes it
insert into obligation (tenant_code, tenant_path, kind, record_id, subject, assignee_tenant_code, assignee_unit_id,
                        arises_at, due_at, state, done_at, done_by)
select p.tenant_code, p.tenant_path, 'plan_filing', p.id, p.title, p.tenant_code, p.owner_unit_id,
       p.issued_on::timestamp at time zone 'Asia/Shanghai', app.end_of_day_in_china(p.issued_on + 28),
       case when p.status = 'issued' then 'open'
            when abs(hashtext(p.id::text)) % 5 = 0 then 'done_late' else 'done_on_time' end::obligation_state,
       case when p.status = 'issued' then null
            when abs(hashtext(p.id::text)) % 5 = 0 then app.end_of_day_in_china(p.issued_on + 40)
            else app.end_of_day_in_china(p.issued_on + 10) end,
       case when p.status = 'issued' then null else 'bench' end
  from plan p
 where p.issued_on is not null and p.status <> 'draft';

-- 预案演练: a plan in force is drilled at least once a year from its issue or its latest drill (the shortest of the
-- policy's frequencies; DrillFrequency's own pass computes it per category)
insert into obligation (tenant_code, tenant_path, kind, record_id, subject, assignee_tenant_code, assignee_unit_id,
                        arises_at, due_at)
select p.tenant_code, p.tenant_path, 'plan_drill', p.id, p.title, p.tenant_code, p.owner_unit_id,
       coalesce(d.last_held, p.issued_on)::timestamp at time zone 'Asia/Shanghai',
       app.end_of_day_in_china(coalesce(d.last_held, p.issued_on) + 365)
  from plan p
  left join (select unnest(plan_ids) as plan_id, max(held_on) as last_held
               from drill where status = 'held' group by 1) d on d.plan_id = p.id
 where p.status in ('issued', 'submitted', 'filed', 'returned') and p.issued_on is not null;

-- 单位演练: a unit is drilled at least every two years from its registration or its latest drill
insert into obligation (tenant_code, tenant_path, kind, record_id, subject, assignee_tenant_code, assignee_unit_id,
                        arises_at, due_at)
select u.tenant_code, u.tenant_path, 'unit_drill', u.id, u.name, u.tenant_code, u.id,
       coalesce(d.last_held::timestamp at time zone 'Asia/Shanghai', u.created_at),
       app.end_of_day_in_china(coalesce(d.last_held, (u.created_at at time zone 'Asia/Shanghai')::date) + 730)
  from org_unit u
  left join (select organizer_unit_id as unit_id, max(held_on) as last_held
               from drill where status = 'held' group by 1) d on d.unit_id = u.id;

-- the generated records are not this minute's writes: nothing for the dashboard's freshness pass to redo
truncate compliance_stale;
vacuum analyze obligation;
select kind, state, count(*) from obligation group by 1, 2 order by 1, 2;

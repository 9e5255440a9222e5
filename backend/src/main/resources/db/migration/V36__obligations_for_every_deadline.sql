-- 时限/待办 (docs/obligations.md): 预案评估, 整改落实 and 编修任务 are obligations like 预案备案.

-- Owed by and owned by the assignee: the caller's tenant or one below it (a city assigns a corrective action to a
-- county that took part in its drill; a province breaks a campaign down to a county), within it a unit when the
-- record names one. Replaces V31's function, which knew no unit.
drop function app.open_obligation_below(text, obligation_kind, uuid, text, timestamptz, timestamptz, text);
create function app.open_obligation_below(p_owner_code text, p_kind obligation_kind, p_record_id uuid, p_subject text,
                                          p_unit_id uuid, p_arises_at timestamptz, p_due_at timestamptz, p_note text)
    returns uuid
    language plpgsql security definer
    set search_path = public, pg_temp
as $$
declare
    v_path ltree;
    v_id   uuid;
begin
    select path into v_path from tenant where code = p_owner_code;
    if v_path is null or app.tenant_path() is null or not (v_path <@ app.tenant_path()) then
        raise exception 'tenant % may not oblige tenant %', app.tenant_code(), p_owner_code using errcode = '42501';
    end if;
    if p_unit_id is not null and not exists (select 1 from org_unit where id = p_unit_id and tenant_code = p_owner_code) then
        raise exception 'unit % is not of tenant %', p_unit_id, p_owner_code using errcode = '42501';
    end if;
    insert into obligation (tenant_code, tenant_path, kind, record_id, subject, assignee_tenant_code, assignee_unit_id,
                            arises_at, due_at, note)
    values (p_owner_code, v_path, p_kind, p_record_id, p_subject, p_owner_code, p_unit_id, p_arises_at, p_due_at, p_note)
    returning id into v_id;
    return v_id;
end
$$;
revoke all on function app.open_obligation_below(text, obligation_kind, uuid, text, uuid, timestamptz, timestamptz, text) from public;
grant execute on function app.open_obligation_below(text, obligation_kind, uuid, text, uuid, timestamptz, timestamptz, text) to yingji_app;

-- Closing: by the assignee, or by the owner or a tier above it whose record fulfils it (a city registers the
-- county's plan that a province's campaign task asked for). The state is computed here, the one definition of on
-- time: done at or before the due time.
drop function app.close_obligation(uuid, obligation_state, timestamptz);
create function app.close_obligation(p_kind obligation_kind, p_record_id uuid, p_done_at timestamptz)
    returns obligation_state
    language plpgsql security definer
    set search_path = public, pg_temp
as $$
declare
    v_state obligation_state;
begin
    update obligation
       set state = case when p_done_at <= due_at then 'done_on_time'::obligation_state else 'done_late' end,
           done_at = p_done_at, done_by = app.username(), version = version + 1
     where kind = p_kind and record_id = p_record_id and state = 'open'
       and (tenant_path <@ app.tenant_path() or assignee_tenant_code = app.tenant_code())
    returning state into v_state;
    if v_state is null and exists (select 1 from obligation where kind = p_kind and record_id = p_record_id and state = 'open') then
        raise exception 'tenant % may not close the % obligation of %', app.tenant_code(), p_kind, p_record_id
            using errcode = '42501';
    end if;
    return v_state;
end
$$;
revoke all on function app.close_obligation(obligation_kind, uuid, timestamptz) from public;
grant execute on function app.close_obligation(obligation_kind, uuid, timestamptz) to yingji_app;

-- The end of a day in China as an obligation's due time (DueRule.OnDay).
create function app.end_of_day_in_china(p_day date) returns timestamptz
    language sql immutable
as $$ select ((p_day + 1)::timestamp at time zone 'Asia/Shanghai') - interval '1 microsecond' $$;

-- The obligations of the records that were there before their deadlines were: plans in force with an evaluation
-- due, corrective actions (the done ones closed on time or late by their completion day), and the tasks of launched
-- campaigns not yet closed by a filed plan. Run by this migration and by the demo data (infra/demo/compliance.sql);
-- idempotent.
create function app.open_obligations_of_existing_records() returns void
    language sql
as $$
    insert into obligation (tenant_code, tenant_path, kind, record_id, subject, assignee_tenant_code, assignee_unit_id,
                            arises_at, due_at)
    select p.tenant_code, p.tenant_path, 'plan_evaluation', p.id, p.title, p.tenant_code, p.owner_unit_id,
           least(coalesce(p.last_evaluated_on, p.issued_on)::timestamp at time zone 'Asia/Shanghai',
                 app.end_of_day_in_china(p.evaluation_due_on)),
           app.end_of_day_in_china(p.evaluation_due_on)
      from plan p
     where p.evaluation_due_on is not null and p.status in ('issued', 'submitted', 'filed', 'returned')
       and not exists (select 1 from obligation o where o.kind = 'plan_evaluation' and o.record_id = p.id);

    insert into obligation (tenant_code, tenant_path, kind, record_id, subject, assignee_tenant_code, assignee_unit_id,
                            arises_at, due_at, state, done_at, done_by, note)
    select t.code, t.path, 'corrective_action', a.id, left(a.description, 300), a.assignee_code, a.owner_unit_id,
           least(a.created_at, app.end_of_day_in_china(a.due_on)), app.end_of_day_in_china(a.due_on),
           case when a.completed_on is null then 'open'
                when a.completed_on <= a.due_on then 'done_on_time' else 'done_late' end::obligation_state,
           a.completed_on::timestamp at time zone 'Asia/Shanghai',
           case when a.completed_on is null then null else a.updated_by end,
           '演练：' || d.title
      from drill_corrective_action a
      join drill d on d.id = a.drill_id
      join tenant t on t.code = a.assignee_code
     where not exists (select 1 from obligation o where o.kind = 'corrective_action' and o.record_id = a.id);

    insert into obligation (tenant_code, tenant_path, kind, record_id, subject, assignee_tenant_code, assignee_unit_id,
                            arises_at, due_at, note)
    select t.code, t.path, 'campaign_task', k.id, k.plan_title, k.assignee_tenant_code, k.assignee_unit_id,
           least(c.launched_at, app.end_of_day_in_china(k.deadline)), app.end_of_day_in_china(k.deadline),
           '专项行动：' || c.title
      from campaign_task k
      join revision_campaign c on c.id = k.campaign_id
      join tenant t on t.code = k.assignee_tenant_code
     where c.launched_at is not null
       and not exists (select 1 from plan p where p.campaign_task_id = k.id and p.status in ('filed', 'superseded'))
       and not exists (select 1 from obligation o where o.kind = 'campaign_task' and o.record_id = k.id);
$$;

select app.open_obligations_of_existing_records();

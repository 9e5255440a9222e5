-- After the event (docs/reporting.md «After the event»): the post-event evaluation (总结评估) with corrective actions,
-- closing (结案) once the handling office sent its 终报 and evaluated, the closed event as a draft case, and 回头看.

-- 整改措施 are one mechanism for drills and events: the table loses its drill-only name and an action belongs to
-- exactly one of a drill or an event (of its owner tenant, as before). Policies, the guard and the compliance
-- triggers stay attached through the rename. The audit log keeps its entity name, drill_corrective_action.
alter table drill_corrective_action rename to corrective_action;
alter index drill_corrective_action_drill_idx rename to corrective_action_drill_idx;
alter index drill_corrective_action_assignee_idx rename to corrective_action_assignee_idx;
alter trigger drill_corrective_action_compliance_stale_insert on corrective_action
    rename to corrective_action_compliance_stale_insert;
alter trigger drill_corrective_action_compliance_stale_update on corrective_action
    rename to corrective_action_compliance_stale_update;
alter trigger drill_corrective_action_compliance_stale_delete on corrective_action
    rename to corrective_action_compliance_stale_delete;
alter table corrective_action alter column drill_id drop not null;
alter table corrective_action add column event_id uuid;
alter table corrective_action add foreign key (event_id, tenant_code) references event (id, tenant_code);
alter table corrective_action add check (num_nonnulls(drill_id, event_id) = 1);
create index corrective_action_event_idx on corrective_action (event_id) where event_id is not null;

-- V36's obligations of existing records (the demo data runs it), over the renamed table and both kinds of subject.
create or replace function app.open_obligations_of_existing_records() returns void
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
           coalesce('演练：' || d.title, '事件：' || e.title)
      from corrective_action a
      left join drill d on d.id = a.drill_id
      left join event e on e.id = a.event_id
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

create or replace function app.guard_corrective_action_update() returns trigger
    language plpgsql
as $$
begin
    if new.tenant_code is distinct from (select app.tenant_code())
       and (new.description, new.owner_unit_id, new.assignee_code, new.due_on, new.drill_id, new.event_id,
            new.tenant_code, new.tenant_path, new.sharing, new.created_by)
           is distinct from
           (old.description, old.owner_unit_id, old.assignee_code, old.due_on, old.drill_id, old.event_id,
            old.tenant_code, old.tenant_path, old.sharing, old.created_by) then
        raise exception 'only the owner may change a corrective action, the assignee reports progress'
            using errcode = '42501';
    end if;
    return new;
end
$$;

-- 总结评估 (one per event, written by the handling office, read by the tiers above: R1.27 «报送总结评估报告»)
-- and 结案. A closed event never opens again; its draft case is made once.
alter table event
    add column evaluation_process    text check (length(evaluation_process) <= 20000),
    add column evaluation_what_worked text check (length(evaluation_what_worked) <= 20000),
    add column evaluation_problems   text check (length(evaluation_problems) <= 20000),
    add column evaluation_lessons    text check (length(evaluation_lessons) <= 20000),
    add column evaluated_by          text,
    add column evaluated_at          timestamptz,
    add column closed_by             text,
    add column closed_at             timestamptz,
    add column case_id               uuid unique references case_record (id),
    add check ((evaluated_at is null) = (evaluation_process is null)),
    add check ((status = 'closed') = (closed_at is not null)),
    add check (case_id is null or status = 'closed');

-- 回头看: a later look at how a past event was handled and whether its corrective actions held (R1.29, R5.12:
-- 「逐一总结、逐一评估、逐一分析」, one report each, sent up). Written by the event's office, read by the tiers above.
create type review_conclusion as enum ('effective', 'partial', 'ineffective');  -- 整改到位 / 部分落实 / 未落实到位
create table event_review (
    id          uuid              primary key default gen_random_uuid(),
    tenant_code text              not null default app.tenant_code(),
    tenant_path ltree             not null default app.tenant_path(),
    sharing     sharing           not null default 'up' check (sharing = 'up'),
    event_id    uuid              not null,
    reviewed_on date              not null,
    reviewers   text              not null check (length(btrim(reviewers)) between 1 and 200),
    findings    text              not null check (length(btrim(findings)) between 1 and 20000),
    conclusion  review_conclusion not null,
    created_by  text              not null,
    version     integer           not null default 0,
    created_at  timestamptz       not null default now(),
    updated_at  timestamptz       not null default now(),
    foreign key (tenant_code, tenant_path) references tenant (code, path),
    foreign key (event_id, tenant_code) references event (id, tenant_code)
);
call app.protect_tenant_table('event_review');
create index event_review_event_idx on event_review (event_id, reviewed_on);
grant select, insert on event_review to yingji_app;

alter type obligation_kind add value 'event_evaluation';

-- 全局检索 of warnings (docs/warnings.md «Search»): the indexer reads them, as it reads events and reports
grant select on warning to yingji_indexer;

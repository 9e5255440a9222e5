-- 备案 integrity (issue 11, docs/filing.md): the database, not an unlocked read, decides races and roles.

-- What the authority received: the plan's title as submitted (the authority may not read the plan itself under
-- row-level security), who submitted it, and the organization unit of the receiving tenant that takes it in.
alter table filing add column plan_title text check (length(plan_title) <= 500);
alter table filing add column submitted_by text;
alter table filing add column authority_unit_id uuid;
update filing f set plan_title = p.title from plan p where p.id = f.plan_id and f.plan_title is null;

-- At most one open submission per plan version: a second one can only follow a return (退回).
create unique index filing_one_open_per_plan_version on filing (plan_id, plan_version_no) where status <> 'returned';

-- Idempotency keys moved to the platform's idempotent_request (V19_2), scoped to tenant, user, method and path.
alter table filing drop column idempotency_key;

-- 备案编号: a gap-free sequence per authority and year. The API role cannot touch the table; it draws the next
-- number through app.next_filing_number, whose upsert takes the row lock, so concurrent accepts queue and a
-- rolled-back accept gives its number back. Numbers recorded without the counter (imported or demo decisions) are
-- skipped: the next number is above both the counter and the highest number on record.
create table filing_number_counter (
    authority_code text    not null references tenant (code),
    year           integer not null check (year between 2000 and 2999),
    last_number    integer not null check (last_number >= 1),
    primary key (authority_code, year)
);

create function app.next_filing_number(p_year integer) returns integer
    language sql security definer
    set search_path = public, pg_temp
as $$
    insert into filing_number_counter as c (authority_code, year, last_number)
    values (app.tenant_code(), p_year, 1 + coalesce((
        select max(nullif(regexp_replace(d.filing_number, '^.*-', ''), '')::integer)
          from filing_decision d
         where d.tenant_code = app.tenant_code()
           and d.filing_number like app.tenant_code() || '-' || p_year || '-%'
           and d.filing_number ~ '-[0-9]+$'), 0))
    on conflict (authority_code, year) do update set last_number = greatest(c.last_number, excluded.last_number - 1) + 1
    returning last_number
$$;
revoke all on function app.next_filing_number(integer) from public;
grant execute on function app.next_filing_number(integer) to yingji_app;

-- 备案受理单位: the organization unit of a tenant that receives filings (its 应急管理局/厅 unless the tenant admin
-- names another). One per tenant; the tenant loader creates and marks the emergency-management unit.
alter table org_unit add column receives_filings boolean not null default false;
create unique index org_unit_one_filing_desk on org_unit (tenant_code) where receives_filings;

-- A submitter below may not read the units of the tenant above (org units are shared up): the receiving unit's
-- id and name are public facts, read through this narrow function.
create function app.filing_desk(p_tenant text) returns table (id uuid, name text)
    language sql stable security definer
    set search_path = public, pg_temp
as $$
    select u.id, u.name from org_unit u where u.tenant_code = p_tenant and u.receives_filings
$$;
revoke all on function app.filing_desk(text) from public;
grant execute on function app.filing_desk(text) to yingji_app;

-- The decision applies only to a pending submission of the decider's tenant, by another person than the submitter
-- (errcode YJ403), and never revives a plan abolished meanwhile: the plan follows only while still submitted.
create or replace function app.apply_filing_decision(p_filing uuid) returns void
    language plpgsql security definer
    set search_path = public, pg_temp
as $$
declare
    v_decision filing_decision_kind;
    v_plan     uuid;
    v_self     boolean;
begin
    select d.decision, f.plan_id, d.decided_by = f.submitted_by into v_decision, v_plan, v_self
      from filing_decision d join filing f on f.id = d.filing_id
     where d.filing_id = p_filing
       and d.tenant_code = app.tenant_code()
       and f.authority_tenant_code = d.tenant_code
       and f.status = 'pending';
    if not found then
        raise exception 'filing % has no pending decision by tenant %', p_filing, app.tenant_code()
            using errcode = '42501';
    end if;
    if v_self then
        raise exception 'filing % decided by its submitter', p_filing using errcode = 'YJ403';
    end if;
    update filing
       set status = case v_decision when 'accepted' then 'filed'::filing_status else 'returned'::filing_status end,
           version = version + 1
     where id = p_filing;
    update plan
       set status = case v_decision when 'accepted' then 'filed'::plan_status else 'returned'::plan_status end,
           version = version + 1,
           updated_at = now()
     where id = v_plan and status = 'submitted';
    insert into outbox (entity, entity_id) values ('plan', v_plan);
end
$$;

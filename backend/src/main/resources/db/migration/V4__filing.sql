-- 备案: a plan version submitted to the authority its route names, and the authority's decision.
-- The submission belongs to the submitting tenant (shared up: the authority and the tiers above see it);
-- the decision belongs to the authority (shared vertically: the submitter below and the tiers above see
-- it). Neither side edits the other's rows: the plan's and the submission's status follow a decision
-- through app.apply_filing_decision, which checks that the deciding tenant is the routed authority.

create type filing_status as enum ('pending', 'filed', 'returned');

create table filing (
    id                     uuid          primary key default gen_random_uuid(),
    tenant_code            text          not null default app.tenant_code(),
    tenant_path            ltree         not null default app.tenant_path(),
    sharing                sharing       not null default 'up' check (sharing = 'up'),
    plan_id                uuid          not null,
    plan_version_no        integer       not null,
    -- null: the authority is outside the platform (e.g. 国务院 for a province's 总体预案)
    authority_tenant_code  text          references tenant (code),
    authority_role         text          not null,
    authority_label        text          not null,
    deliver_via_label      text,
    copy_to                jsonb         not null default '[]'::jsonb,
    route_description      text          not null,
    submitted_on           date          not null,
    submitted_at           timestamptz   not null default now(),
    filing_due_on          date          not null,   -- 印发后 20 个工作日（策略）
    late                   boolean       not null,
    acknowledgement_due_on date          not null,   -- 备案机关回执期限（策略）
    status                 filing_status not null default 'pending',
    idempotency_key        text          check (length(idempotency_key) <= 200),
    version                integer       not null default 0,
    foreign key (tenant_code, tenant_path) references tenant (code, path),
    foreign key (plan_id, tenant_code) references plan (id, tenant_code),
    unique (tenant_code, idempotency_key)
);
call app.protect_tenant_table('filing');
create index filing_authority_idx on filing (authority_tenant_code, status, submitted_at);
create index filing_plan_idx on filing (plan_id, submitted_at desc);
grant select, insert on filing to yingji_app;

create type filing_decision_kind as enum ('accepted', 'returned');

create table filing_decision (
    id                uuid                 primary key default gen_random_uuid(),
    tenant_code       text                 not null default app.tenant_code(),
    tenant_path       ltree                not null default app.tenant_path(),
    sharing           sharing              not null default 'vertical' check (sharing = 'vertical'),
    -- the submission of another tenant (below or the same tier): one decision per submission
    filing_id         uuid                 not null unique references filing (id),
    decision          filing_decision_kind not null,
    reason            text                 check (length(reason) <= 2000),
    filing_number     text,                -- 备案编号
    verification_code text,                -- 校验码 printed on the receipt
    decided_by        text                 not null,
    decided_at        timestamptz          not null default now(),
    foreign key (tenant_code, tenant_path) references tenant (code, path),
    unique (tenant_code, filing_number),
    check (decision = 'accepted' or length(btrim(reason)) >= 1),
    check (decision = 'returned' or (filing_number is not null and verification_code is not null))
);
call app.protect_tenant_table('filing_decision');
grant select, insert on filing_decision to yingji_app;

create function app.apply_filing_decision(p_filing uuid) returns void
    language plpgsql security definer
    set search_path = public, pg_temp
as $$
declare
    v_decision filing_decision_kind;
    v_plan     uuid;
begin
    select d.decision, f.plan_id into v_decision, v_plan
      from filing_decision d join filing f on f.id = d.filing_id
     where d.filing_id = p_filing
       and d.tenant_code = app.tenant_code()
       and f.authority_tenant_code = d.tenant_code
       and f.status = 'pending';
    if not found then
        raise exception 'filing % has no pending decision by tenant %', p_filing, app.tenant_code()
            using errcode = '42501';
    end if;
    update filing
       set status = case v_decision when 'accepted' then 'filed'::filing_status else 'returned'::filing_status end,
           version = version + 1
     where id = p_filing;
    update plan
       set status = case v_decision when 'accepted' then 'filed'::plan_status else 'returned'::plan_status end,
           version = version + 1,
           updated_at = now()
     where id = v_plan;
    insert into outbox (entity, entity_id) values ('plan', v_plan);
end
$$;
grant execute on function app.apply_filing_decision(uuid) to yingji_app;
grant select on filing, filing_decision to yingji_indexer;

-- Roles narrow reads beyond the tenant (docs/tenancy.md, "Roles narrow reads"). The sharing rule of V2 decides
-- which tenants' rows a caller may see; the caller's readership decides which of those. TenantTx sets it per
-- transaction next to the tenant, from the roles of the verified token (cn.yingji.tenancy.Readership):
--   office — holds an office role (编制、审查、管理): everything the sharing rule allows;
--   expert — holds the expert role and no office role: published (public) rows, the shared expert pool, its
--            own invitations and what it was invited to review;
--   public — anybody else (the platform operator): published rows only.
-- No setting (or an unknown one) reads as 'public': a forgotten context fails closed.

create function app.readership() returns text
    language sql stable parallel safe
as $$ select coalesce(nullif(current_setting('app.readership', true), ''), 'public') $$;

create function app.username() returns text
    language sql stable parallel safe
as $$ select nullif(current_setting('app.username', true), '') $$;

create function app.reads_internal() returns boolean
    language sql stable parallel safe
as $$ select app.readership() = 'office' $$;

-- 专家账号: an expert record is linked to the login of the expert themself by its registering office (the office
-- confirms who the account is). The linked account reads its own invitations and answers them.
alter table expert
    add column account_username  text check (account_username is null or length(btrim(account_username)) between 1 and 100),
    add column account_linked_by text,
    add column account_linked_at timestamptz,
    add constraint expert_account_link_ck check ((account_username is null) = (account_linked_at is null)
                                                and (account_username is null) = (account_linked_by is null));
-- one account is one person: it is linked to one expert record at most
create unique index expert_account_uq on expert (account_username) where account_username is not null;

-- The expert records linked to the calling account, whatever tenant registered them (security definer: an
-- expert reads its own record before any other policy lets it).
create function app.own_expert_ids() returns setof uuid
    language sql stable security definer
    set search_path = public, pg_temp
as $$
    select id from public.expert where app.username() is not null and account_username = app.username()
$$;
revoke execute on function app.own_expert_ids() from public;
grant execute on function app.own_expert_ids() to yingji_app;

-- The one role-aware read rule: a restrictive select policy beside the four sharing policies. Office readers pass;
-- everybody else reads what the table's outsider rule allows (by default: published rows only).
create procedure app.narrow_reads_by_role(tbl regclass, outsider_rule text default $r$sharing = 'public'$r$)
    language plpgsql
as $$
begin
    execute format('drop policy if exists role_read on %s', tbl);
    execute format('create policy role_read on %s as restrictive for select using ((select app.reads_internal()) or (%s))',
                   tbl, outsider_rule);
end
$$;

-- every table protected from now on is narrowed by role as well
create or replace procedure app.protect_tenant_table(tbl regclass)
    language plpgsql
as $$
begin
    execute format('alter table %s enable row level security', tbl);
    execute format('alter table %s force row level security', tbl);
    execute format($p$
        create policy tenant_read on %s for select using (
            (select app.tenant_path()) is not null and (
                   tenant_path = (select app.tenant_path())
                or sharing = 'public'
                or (sharing in ('up', 'vertical') and tenant_path <@ (select app.tenant_path()))
                or (sharing in ('down', 'vertical') and tenant_path @> (select app.tenant_path()))))
        $p$, tbl);
    execute format($p$
        create policy tenant_insert on %s for insert
        with check (tenant_path = (select app.tenant_path()) and tenant_code = (select app.tenant_code()))
        $p$, tbl);
    execute format($p$
        create policy tenant_update on %s for update
        using (tenant_path = (select app.tenant_path()))
        with check (tenant_path = (select app.tenant_path()) and tenant_code = (select app.tenant_code()))
        $p$, tbl);
    execute format($p$
        create policy tenant_delete on %s for delete using (tenant_path = (select app.tenant_path()))
        $p$, tbl);
    execute format('create index on %s using gist (tenant_path)', tbl);
    call app.narrow_reads_by_role(tbl);
end
$$;

-- Every tenant-owned table so far: published rows only for outsiders ...
do $$
declare
    t regclass;
begin
    for t in select c.oid::regclass from pg_class c join pg_namespace n on n.oid = c.relnamespace
              where n.nspname = 'public' and c.relkind in ('r', 'p') and c.relrowsecurity
                and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'tenant_path')
    loop
        call app.narrow_reads_by_role(t);
    end loop;
end
$$;

-- ... and what an expert's work needs besides. The invitations of the calling expert:
call app.narrow_reads_by_role('expert_invocation', $r$
    app.readership() = 'expert' and expert_id in (select app.own_expert_ids())$r$);
-- the expert pool as shared (never an office's private registrations), and the expert's own record
call app.narrow_reads_by_role('expert', $r$
    sharing = 'public' or (app.readership() = 'expert' and (sharing <> 'private' or id in (select app.own_expert_ids())))$r$);
-- published plans and drills, and those the expert was invited to review or evaluate
call app.narrow_reads_by_role('plan', $r$
    sharing = 'public' or (app.readership() = 'expert' and exists (
        select 1 from expert_invocation i where i.plan_id = plan.id and i.status in ('accepted', 'completed')))$r$);
call app.narrow_reads_by_role('drill', $r$
    sharing = 'public' or (app.readership() = 'expert' and exists (
        select 1 from expert_invocation i where i.drill_id = drill.id and i.status in ('accepted', 'completed')))$r$);
-- a file goes where its record goes (the subquery is narrowed by role itself)
call app.narrow_reads_by_role('plan_attachment', $r$
    exists (select 1 from plan p where p.id = plan_attachment.plan_id)$r$);
call app.narrow_reads_by_role('drill_attachment', $r$
    exists (select 1 from drill d where d.id = drill_attachment.drill_id)$r$);
-- the timeline and files of a published case
call app.narrow_reads_by_role('case_step', $r$exists (select 1 from case_record c where c.id = case_step.case_id)$r$);
call app.narrow_reads_by_role('case_attachment', $r$
    exists (select 1 from case_record c where c.id = case_attachment.case_id)$r$);
-- a user's own saved case searches, and the user's own record in the people directory (人员名录, V19)
call app.narrow_reads_by_role('case_saved_search', $r$username = app.username()$r$);
call app.narrow_reads_by_role('person', $r$username = app.username()$r$);

-- 应答: the expert answers its own invitation; the registering office answers for an expert without an account.
drop function app.respond_to_invocation(uuid, boolean, text, text);
create function app.respond_to_invocation(p_id uuid, p_accept boolean, p_note text, p_actor text)
    returns setof expert_invocation
    language sql volatile security definer
    set search_path = public, pg_temp
as $$
    update public.expert_invocation i
       set status = case when p_accept then 'accepted'::invocation_status else 'declined'::invocation_status end,
           responded_by = p_actor, responded_at = now(), response_note = nullif(btrim(p_note), ''),
           version = version + 1, updated_at = now()
     where i.id = p_id and i.status = 'requested' and app.tenant_code() is not null
       and ((app.readership() = 'expert' and i.expert_id in (select app.own_expert_ids()))
         or (app.readership() = 'office' and i.expert_tenant_code = app.tenant_code()
             and not exists (select 1 from public.expert e where e.id = i.expert_id and e.account_username is not null)))
    returning i.*
$$;

-- The requests addressed to the caller: an office sees those for the experts it registered (whoever asked; a
-- county answers a province too), an expert those addressed to itself.
create or replace function app.invocations_addressed()
    returns setof expert_invocation
    language sql stable security definer
    set search_path = public, pg_temp
as $$
    select * from public.expert_invocation i
     where app.tenant_code() is not null
       and ((app.readership() = 'office' and i.expert_tenant_code = app.tenant_code())
         or (app.readership() = 'expert' and i.expert_id in (select app.own_expert_ids())))
$$;

-- 工作记录 by the expert themself: completes its own accepted invocation (the row is the requester's).
create function app.record_own_invocation_work(p_id uuid, p_version integer, p_work text)
    returns setof expert_invocation
    language sql volatile security definer
    set search_path = public, pg_temp
as $$
    update public.expert_invocation i
       set work_record = btrim(p_work), status = 'completed', completed_at = now(),
           version = version + 1, updated_at = now()
     where i.id = p_id and i.version = p_version and i.status = 'accepted'
       and app.readership() = 'expert' and i.expert_id in (select app.own_expert_ids())
    returning i.*
$$;

revoke execute on function app.respond_to_invocation(uuid, boolean, text, text) from public;
revoke execute on function app.record_own_invocation_work(uuid, integer, text) from public;
grant execute on function app.respond_to_invocation(uuid, boolean, text, text) to yingji_app;
grant execute on function app.record_own_invocation_work(uuid, integer, text) to yingji_app;

-- 备案决定: owned by the authority and read by the tiers above it (oversight) and, through its filing, by the
-- submitter — never by the submitter's siblings (shared 'vertical' let every county below the city read them).
alter table filing_decision drop constraint filing_decision_sharing_check;
update filing_decision set sharing = 'up';
alter table filing_decision alter column sharing set default 'up',
    add constraint filing_decision_sharing_check check (sharing = 'up');
create policy filing_read on filing_decision for select
    using (exists (select 1 from filing f where f.id = filing_decision.filing_id));

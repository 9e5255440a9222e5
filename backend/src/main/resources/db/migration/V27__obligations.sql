-- 时限/待办 (docs/obligations.md): "someone must do something by a time", one kind of record for every deadline.
-- Owned by the tenant whose record causes it (opened in that record's transaction) and shared up, so the tiers
-- above oversee it; who must act is the assignee tenant — the owner itself, or e.g. the filing authority above.
-- V24's narrow_reads_by_role compared read_policy_base.tbl with its parameter tbl unqualified, which PL/pgSQL
-- refuses as ambiguous: no table could be protected since (this is the first). The same procedure, the parameter
-- preferred where a name could be both.
create or replace procedure app.narrow_reads_by_role(tbl regclass, outsider_rule text default $r$sharing = 'public'$r$)
    language plpgsql
as $$
#variable_conflict use_variable
declare
    p record;
    b text;
begin
    execute format('drop policy if exists role_read on %s', tbl);
    for p in select pol.polname, pg_get_expr(pol.polqual, pol.polrelid) as qual
               from pg_policy pol
              where pol.polrelid = tbl and pol.polpermissive and pol.polcmd in ('r', '*')
    loop
        select base into b from app.read_policy_base where read_policy_base.tbl = tbl::text and policy = p.polname;
        if b is null then
            b := p.qual;
            insert into app.read_policy_base (tbl, policy, base) values (tbl::text, p.polname, b);
        end if;
        execute format('alter policy %I on %s using ((%s) and ((select app.reads_internal()) or (%s)))',
                       p.polname, tbl, b, outsider_rule);
    end loop;
end
$$;

create type obligation_kind as enum ('filing_review');
create type obligation_state as enum ('open', 'done_on_time', 'done_late', 'missed', 'waived');

create table obligation (
    id                   uuid             primary key default gen_random_uuid(),
    tenant_code          text             not null default app.tenant_code(),
    tenant_path          ltree            not null default app.tenant_path(),
    sharing              sharing          not null default 'up' check (sharing = 'up'),
    kind                 obligation_kind  not null,
    -- the record it belongs to (a filing, …) and what the workbench calls it
    record_id            uuid             not null,
    subject              text             not null,
    -- who must act: a tenant, and within it a unit when the record names one
    assignee_tenant_code text             not null references tenant (code),
    assignee_unit_id     uuid,
    arises_at            timestamptz      not null default now(),
    due_at               timestamptz      not null,
    state                obligation_state not null default 'open',
    done_at              timestamptz,
    done_by              text,
    version              integer          not null default 0,
    foreign key (tenant_code, tenant_path) references tenant (code, path),
    unique (id, tenant_code),
    check (due_at >= arises_at),
    check ((state = 'open') = (done_at is null))
);
call app.protect_tenant_table('obligation');
grant select, insert, update on obligation to yingji_app;

-- one open obligation of a kind per record: a second submission cannot open a second review
create unique index obligation_one_open on obligation (kind, record_id) where state = 'open';
-- what an assignee must do, soonest first
create index obligation_assignee_open on obligation (assignee_tenant_code, due_at) where state = 'open';

-- The assignee closes an obligation that another tenant owns (a city answers a county's filing): the one write
-- the tenant_update policy would refuse. The time and the state (on time or late) are the caller's, the state
-- computed by ObligationState.doneAt from that time and the due time it read; here only: open, and the caller owns it or must act on it.
create function app.close_obligation(p_id uuid, p_state obligation_state, p_done_at timestamptz) returns boolean
    language plpgsql security definer
    set search_path = public, pg_temp
as $$
begin
    if p_state not in ('done_on_time', 'done_late') then
        raise exception 'obligation % cannot be closed as %', p_id, p_state using errcode = '22023';
    end if;
    update obligation
       set state = p_state, done_at = p_done_at, done_by = app.username(), version = version + 1
     where id = p_id and state = 'open'
       and (tenant_code = app.tenant_code() or assignee_tenant_code = app.tenant_code());
    return found;
end
$$;
revoke all on function app.close_obligation(uuid, obligation_state, timestamptz) from public;
grant execute on function app.close_obligation(uuid, obligation_state, timestamptz) to yingji_app;

-- 专家库: experts registered by an office (遴选/管理), their invocations (调用) for plan reviews, drill
-- evaluations, incidents and consultations, with the expert's work record, evaluation (考核) and fee (费用).
-- See docs/experts.md.

create type expert_level as enum ('national', 'province', 'city', 'county');
create type expert_availability as enum ('available', 'busy', 'unavailable');

-- An expert is owned by the office that registered them; the pool is shared up and down the tiers by
-- default (province experts serve the counties below, the tiers above oversee the pools below).
create table expert (
    id                  uuid                primary key default gen_random_uuid(),
    tenant_code         text                not null default app.tenant_code(),
    tenant_path         ltree               not null default app.tenant_path(),
    sharing             sharing             not null default 'vertical',
    name                text                not null check (length(btrim(name)) between 1 and 50),
    organization        text                not null check (length(btrim(organization)) between 1 and 200),
    title               text                not null default '' check (length(title) <= 100),
    specialties         text[]              not null check (cardinality(specialties) between 1 and 30),
    level               expert_level        not null,
    phone               text                not null check (phone ~ '^(1[3-9][0-9]{9}|0[0-9]{2,3}-?[0-9]{7,8})$'),
    email               text                check (email is null or email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'),
    availability        expert_availability not null default 'available',
    -- 出库: an expert leaves the pool with a reason and a date; returning clears both
    in_pool             boolean             not null default true,
    out_reason          text,
    out_on              date,
    -- the unit of the registering office the expert works for, when it is one (conflict of interest)
    affiliation_unit_id uuid,
    note                text                not null default '' check (length(note) <= 2000),
    version             integer             not null default 0,
    created_at          timestamptz         not null default now(),
    updated_at          timestamptz         not null default now(),
    foreign key (tenant_code, tenant_path) references tenant (code, path),
    unique (id, tenant_code),
    foreign key (affiliation_unit_id, tenant_code) references org_unit (id, tenant_code),
    check (in_pool = (out_reason is null) and (out_reason is null) = (out_on is null))
);
call app.protect_tenant_table('expert');
-- one person is registered once per office: the same name with the same phone is a duplicate
create unique index expert_person_uq on expert (tenant_code, name, phone);
grant select, insert, update, delete on expert to yingji_app;
grant select on expert to yingji_indexer;

create type invocation_purpose as enum ('plan_review', 'drill_evaluation', 'incident', 'consultation');
create type invocation_status as enum ('requested', 'accepted', 'declined', 'completed');

-- An invocation is owned by the requesting office and shared up (oversight). The expert's registering
-- office answers it through app.respond_to_invocation and lists it through app.invocations_addressed
-- (below): the one cross-tenant write, narrow and checked by the database.
create table expert_invocation (
    id                 uuid               primary key default gen_random_uuid(),
    tenant_code        text               not null default app.tenant_code(),
    tenant_path        ltree              not null default app.tenant_path(),
    sharing            sharing            not null default 'up' check (sharing = 'up'),
    expert_id          uuid               not null,
    -- the expert's registering office; the foreign key makes it the expert's real one
    expert_tenant_code text               not null,
    purpose            invocation_purpose not null,
    -- a plan review is requested by the plan's owning office, so the plan is one of its own
    plan_id            uuid,
    -- the drill being evaluated (drills arrive in their own migration; no foreign key here)
    drill_id           uuid,
    subject            text               not null check (length(btrim(subject)) between 1 and 500),
    needed_on          date,
    requested_by       text               not null,
    -- the request's Idempotency-Key: the same key again returns the first request
    idempotency_key    text               check (length(idempotency_key) <= 200),
    status             invocation_status  not null default 'requested',
    responded_by       text,
    responded_at       timestamptz,
    response_note      text,
    work_record        text,
    completed_at       timestamptz,
    score              smallint           check (score between 1 and 5),
    evaluation_comment text,
    evaluated_by       text,
    fee_amount         numeric(12, 2)     check (fee_amount >= 0),
    fee_note           text,
    version            integer            not null default 0,
    created_at         timestamptz        not null default now(),
    updated_at         timestamptz        not null default now(),
    foreign key (tenant_code, tenant_path) references tenant (code, path),
    unique (id, tenant_code),
    unique (tenant_code, idempotency_key),
    foreign key (expert_id, expert_tenant_code) references expert (id, tenant_code),
    foreign key (plan_id, tenant_code) references plan (id, tenant_code),
    check ((purpose = 'plan_review') = (plan_id is not null)),
    check ((purpose = 'drill_evaluation') = (drill_id is not null)),
    check ((status in ('requested')) = (responded_at is null)),
    check (score is null or status = 'completed')
);
call app.protect_tenant_table('expert_invocation');
create index expert_invocation_expert_idx on expert_invocation (expert_id);
create index expert_invocation_addressed_idx on expert_invocation (expert_tenant_code, status);
grant select, insert, update, delete on expert_invocation to yingji_app;
grant select on expert_invocation to yingji_indexer;

-- 应答: the expert's registering office accepts or declines a request addressed to it. Security definer
-- (the owner bypasses row-level security), so it checks the caller itself: only a request still open, only
-- of an expert the calling tenant registered. Returns the answered row, or nothing.
create function app.respond_to_invocation(p_id uuid, p_accept boolean, p_note text, p_actor text)
    returns setof expert_invocation
    language sql volatile security definer
    set search_path = public, pg_temp
as $$
    update public.expert_invocation
       set status = case when p_accept then 'accepted'::invocation_status else 'declined'::invocation_status end,
           responded_by = p_actor, responded_at = now(), response_note = nullif(btrim(p_note), ''),
           version = version + 1, updated_at = now()
     where id = p_id and status = 'requested'
       and app.tenant_code() is not null and expert_tenant_code = app.tenant_code()
    returning *
$$;

-- The requests addressed to the calling tenant's experts, whoever asked (a county answers a province too).
create function app.invocations_addressed()
    returns setof expert_invocation
    language sql stable security definer
    set search_path = public, pg_temp
as $$
    select * from public.expert_invocation
     where app.tenant_code() is not null and expert_tenant_code = app.tenant_code()
$$;

revoke execute on function app.respond_to_invocation(uuid, boolean, text, text) from public;
revoke execute on function app.invocations_addressed() from public;
grant execute on function app.respond_to_invocation(uuid, boolean, text, text) to yingji_app;
grant execute on function app.invocations_addressed() to yingji_app;

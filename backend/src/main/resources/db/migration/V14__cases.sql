-- 典型案例库: case records of real incidents (what happened, how the response went, what worked, what went wrong,
-- the lessons), their response timeline, attachments, and the experts' saved searches. See docs/cases.md.
--
-- Publication workflow, carried by the sharing value (the one read rule of V2, no special case):
--   draft     (private) → the compiling tenant only;
--   reviewed  (up)      → 本单位审核 done: the tiers above read it, their reviewers publish or return it;
--   published (public)  → every tenant, experts included.

create type case_severity as enum (
    'extraordinary', -- 特别重大（Ⅰ级）
    'major',         -- 重大（Ⅱ级）
    'large',         -- 较大（Ⅲ级）
    'general'        -- 一般（Ⅳ级）
);

create type case_status as enum ('draft', 'reviewed', 'published');

create table case_record (
    id               uuid          primary key default gen_random_uuid(),
    tenant_code      text          not null default app.tenant_code(),
    tenant_path      ltree         not null default app.tenant_path(),
    sharing          sharing       not null default 'private',
    title            text          not null check (length(btrim(title)) between 1 and 300),
    event_type       text          not null check (length(event_type) between 1 and 50),
    severity         case_severity not null default 'general',
    -- 发生地: a division of the national catalog (any, not only the ones the author's tenant sees), its province
    -- and city names kept with the case for the region facet, and the place in the offices' own words
    place_code       text          not null default app.tenant_code() references tenant (code),
    place_province   text          not null default '',
    place_city       text,
    place_name       text          not null default '',
    place_text       text          not null default '' check (length(place_text) <= 300),
    occurred_on      date          not null default current_date,
    deaths           integer       check (deaths >= 0),
    injuries         integer       check (injuries >= 0),
    missing          integer       check (missing >= 0),
    affected         integer       check (affected >= 0),
    direct_loss      numeric(14, 2) check (direct_loss >= 0),            -- 直接经济损失, 万元
    losses_note      text          not null default '' check (length(losses_note) <= 2000),
    summary          text          not null default '' check (length(summary) <= 50000),
    what_worked      text          not null default '' check (length(what_worked) <= 50000),
    problems         text          not null default '' check (length(problems) <= 50000),
    lessons          text          not null default '' check (length(lessons) <= 50000),
    source           text          not null default '' check (length(source) <= 1000),
    -- 关联预案、演练、整改措施: records the author could read when linking them
    plan_ids         uuid[]        not null default '{}' check (cardinality(plan_ids) <= 20),
    drill_ids        uuid[]        not null default '{}' check (cardinality(drill_ids) <= 20),
    action_ids       uuid[]        not null default '{}' check (cardinality(action_ids) <= 50),
    status           case_status   not null default 'draft',
    reviewed_by      text,
    reviewed_at      timestamptz,
    published_by     text,
    published_at     timestamptz,
    review_note      text          check (length(review_note) <= 2000),
    created_by       text          not null,
    version          integer       not null default 0,
    created_at       timestamptz   not null default now(),
    updated_at       timestamptz   not null default now(),
    foreign key (tenant_code, tenant_path) references tenant (code, path),
    unique (id, tenant_code)
);
call app.protect_tenant_table('case_record');
create index case_record_list_idx on case_record (tenant_code, status, occurred_on desc);
create index case_record_public_idx on case_record (occurred_on desc) where sharing = 'public';

-- 发布与退回: a reviewer of a tier above publishes a reviewed case of a tenant below it (its own policy: V2 allows
-- own rows only), or returns a reviewed or published one to draft through app.return_case (a returned draft is no
-- longer the tier's to read, and PostgreSQL refuses an update whose new row the updater could not read). A guard
-- keeps an upper tier to the workflow columns: the words of a case stay its compiler's.
create policy reviewer_update on case_record for update
    using (status = 'reviewed' and tenant_path <@ (select app.tenant_path()))
    with check (status = 'published' and tenant_path <@ (select app.tenant_path()));

create function app.guard_case_record_update() returns trigger
    language plpgsql
as $$
declare
    workflow constant text[] := array['status', 'sharing', 'published_by', 'published_at', 'review_note',
                                      'version', 'updated_at'];
begin
    if old.tenant_path is distinct from (select app.tenant_path())
       and (to_jsonb(new) - workflow) is distinct from (to_jsonb(old) - workflow) then
        raise exception 'a tier above only publishes or returns a case, the compiling tenant writes it'
            using errcode = '42501';
    end if;
    return new;
end
$$;
create trigger case_record_guard before update on case_record
    for each row execute function app.guard_case_record_update();

-- 退回: a tier above returns a case of a tenant below it to draft, with its reason. Security definer (the owner
-- role), so the row may leave the caller's sight; it acts only strictly below the caller's own tenant path and
-- only on the version the caller saw. Returns the number of cases returned (0 or 1).
create function app.return_case(p_id uuid, p_version integer, p_note text) returns integer
    language sql volatile security definer
    set search_path = public, pg_temp
as $$
    with returned as (
        update case_record
           set status = 'draft', sharing = 'private', review_note = p_note, published_by = null, published_at = null,
               version = version + 1, updated_at = now()
         where id = p_id and version = p_version and status in ('reviewed', 'published')
           and tenant_path <@ app.tenant_path() and tenant_path <> app.tenant_path()
        returning 1)
    select count(*)::integer from returned
$$;
revoke execute on function app.return_case(uuid, integer, text) from public;
grant execute on function app.return_case(uuid, integer, text) to yingji_app;

-- 处置过程: the response timeline, step by step, in local (China) time. Read wherever the case is read.
create table case_step (
    id          uuid        primary key default gen_random_uuid(),
    tenant_code text        not null default app.tenant_code(),
    tenant_path ltree       not null default app.tenant_path(),
    sharing     sharing     not null default 'private' check (sharing = 'private'),
    case_id     uuid        not null,
    position    integer     not null check (position >= 0),
    at          timestamp   not null,
    description text        not null check (length(btrim(description)) between 1 and 2000),
    foreign key (tenant_code, tenant_path) references tenant (code, path),
    foreign key (case_id, tenant_code) references case_record (id, tenant_code) on delete cascade,
    unique (case_id, position)
);
call app.protect_tenant_table('case_step');
create policy case_read on case_step for select
    using (exists (select 1 from case_record c where c.id = case_step.case_id));

-- 案例附件: reports, photos, maps of a case; checked by content as plan and drill attachments are.
create table case_attachment (
    id          uuid        primary key default gen_random_uuid(),
    tenant_code text        not null default app.tenant_code(),
    tenant_path ltree       not null default app.tenant_path(),
    sharing     sharing     not null default 'private' check (sharing = 'private'),
    case_id     uuid        not null,
    file_name   text        not null check (length(btrim(file_name)) between 1 and 255),
    media_type  text        not null,
    size_bytes  bigint      not null check (size_bytes > 0),
    sha256      text        not null check (sha256 ~ '^[0-9a-f]{64}$'),
    content     bytea       not null,
    uploaded_by text        not null,
    uploaded_at timestamptz not null default now(),
    foreign key (tenant_code, tenant_path) references tenant (code, path),
    foreign key (case_id, tenant_code) references case_record (id, tenant_code) on delete cascade
);
call app.protect_tenant_table('case_attachment');
create policy case_read on case_attachment for select
    using (exists (select 1 from case_record c where c.id = case_attachment.case_id));
create index case_attachment_case_idx on case_attachment (case_id, uploaded_at);

-- 保存的检索: one user's named case searches, within the user's tenant (the user is the token's username).
create table case_saved_search (
    id          uuid        primary key default gen_random_uuid(),
    tenant_code text        not null default app.tenant_code(),
    tenant_path ltree       not null default app.tenant_path(),
    sharing     sharing     not null default 'private' check (sharing = 'private'),
    username    text        not null,
    name        text        not null check (length(btrim(name)) between 1 and 100),
    query       jsonb       not null,
    created_at  timestamptz not null default now(),
    foreign key (tenant_code, tenant_path) references tenant (code, path),
    unique (tenant_code, username, name)
);
call app.protect_tenant_table('case_saved_search');

grant select, insert, update on case_record to yingji_app;
grant select, insert, delete on case_step to yingji_app;
grant select, insert on case_attachment to yingji_app;
grant select, insert, delete on case_saved_search to yingji_app;
grant select on case_record, case_step to yingji_indexer;

-- 预警发布 (docs/warnings.md): a tier's warnings — drafted, approved (签发) and published once; afterwards only an
-- update or a cancellation, each a message of its own referring to the one it replaces (CAP 1.2 msgType/references).
-- A draft is the issuing office's own; once published a warning is shared both ways (the tiers in its area below and
-- the tiers above read it). Each tenant of the area acknowledges it (叫应); who has not is the call-down list.

create type warning_level as enum ('red', 'orange', 'yellow', 'blue');                               -- 红 橙 黄 蓝
create type warning_status as enum ('draft', 'approved', 'published', 'superseded', 'cancelled');   -- 草稿 已签发 已发布 已更新 已解除
create type warning_message as enum ('alert', 'update', 'cancel');                                  -- 首发 更新 解除

create table warning (
    id             uuid            primary key default gen_random_uuid(),
    tenant_code    text            not null default app.tenant_code(),
    tenant_path    ltree           not null default app.tenant_path(),
    sharing        sharing         not null default 'private' check (sharing in ('private', 'vertical')),
    -- GB/T 35965.1 layout (ZZZZZZDDDUUUXX_YYYYMMDDhhmmss_N), given at publication
    identifier     text            unique check (identifier is null or identifier ~ '^\d{14}_\d{14}_\d$'),
    message        warning_message not null default 'alert',
    references_id  uuid            references warning (id),
    hazard         text            not null check (length(btrim(hazard)) between 1 and 50),
    level          warning_level   not null,
    headline       text            not null check (length(btrim(headline)) between 1 and 200),
    description    text            not null check (length(btrim(description)) between 1 and 4000),
    instruction    text            not null default '' check (length(instruction) <= 2000),
    area_codes     text[]          not null check (cardinality(area_codes) between 1 and 200),
    area_desc      text            not null check (length(btrim(area_desc)) between 1 and 300),
    -- CAP polygon: "lat,lon lat,lon …", closed (first = last), WGS 84
    polygon        text            check (polygon is null or length(polygon) <= 20000),
    audience       text            not null default '社会公众' check (length(btrim(audience)) between 1 and 100),
    channels       text[]          not null default '{}',
    onset          timestamptz     not null,
    expires        timestamptz     not null check (expires > onset),
    status         warning_status  not null default 'draft',
    created_by     text            not null,
    approver_name  text            check (approver_name is null or length(btrim(approver_name)) between 1 and 50),
    approved_by    text,
    approved_at    timestamptz,
    published_by   text,
    published_at   timestamptz,
    version        integer         not null default 0,
    created_at     timestamptz     not null default now(),
    updated_at     timestamptz     not null default now(),
    check ((message = 'alert') = (references_id is null)),
    check ((status = 'draft') = (approved_at is null)),
    check ((status in ('draft', 'approved')) = (published_at is null)),
    check ((sharing = 'vertical') = (published_at is not null)),
    foreign key (tenant_code, tenant_path) references tenant (code, path),
    unique (id, tenant_code)
);
call app.protect_tenant_table('warning');
create index warning_tenant_idx on warning (tenant_code, created_at desc);
create index warning_area_idx on warning using gin (area_codes);
grant select, insert, update on warning to yingji_app;

-- 叫应: a tenant of the area acknowledges a published warning, once
create table warning_ack (
    id              uuid        primary key default gen_random_uuid(),
    tenant_code     text        not null default app.tenant_code(),
    tenant_path     ltree       not null default app.tenant_path(),
    sharing         sharing     not null default 'up' check (sharing = 'up'),
    warning_id      uuid        not null references warning (id),
    acknowledged_by text        not null,
    acknowledged_at timestamptz not null default now(),
    late            boolean     not null,
    foreign key (tenant_code, tenant_path) references tenant (code, path),
    unique (warning_id, tenant_code)
);
call app.protect_tenant_table('warning_ack');
grant select, insert on warning_ack to yingji_app;

-- The public Atom feed (no sign-in): the published public warnings of every tenant, newest first, read across
-- tenants here and nowhere else.
create function app.public_warnings(max_rows integer)
    returns table (id uuid, identifier text, tenant_name text, hazard text, level warning_level, message warning_message,
                   headline text, description text, area_desc text, published_at timestamptz, expires timestamptz,
                   updated_at timestamptz)
    language sql stable security definer
    set search_path = public, pg_temp
as $$
    select w.id, w.identifier, t.name, w.hazard, w.level, w.message, w.headline, w.description, w.area_desc,
           w.published_at, w.expires, w.updated_at
      from warning w join tenant t on t.code = w.tenant_code
     where w.published_at is not null and w.audience = '社会公众'
     order by w.published_at desc
     limit max_rows
$$;
revoke all on function app.public_warnings(integer) from public;
grant execute on function app.public_warnings(integer) to yingji_app;

alter type obligation_kind add value 'warning_ack';
alter type notification_kind add value 'warning_published';
alter type notification_kind add value 'warning_acknowledged';

-- 消息中心 (docs/notifications.md): what an office or one person of it is told — a filing arrived, was returned or
-- accepted, an obligation climbed the escalation ladder. Written by the transaction of its cause, through
-- app.notify, which also announces it (pg_notify, delivered at commit) to every app instance, so the browsers of
-- its readers hear it at once (Server-Sent Events); a browser that was away asks for what came after the last one
-- it saw (Last-Event-ID = id, ascending).
create type notification_kind as enum ('filing_submitted', 'filing_returned', 'filing_accepted', 'obligation_escalated');

create table notification (
    id                 bigint            primary key generated always as identity,
    -- the recipient's tenant: its office reads it, nobody above, below or beside it
    tenant_code        text              not null,
    tenant_path        ltree             not null,
    sharing            sharing           not null default 'private' check (sharing = 'private'),
    -- who of that office: those with this role (null: the whole office), or this person alone
    audience_role      text,
    recipient_username text,
    kind               notification_kind not null,
    title              text              not null check (length(title) between 1 and 200),
    body               text              check (body is null or length(body) <= 2000),
    -- what it opens: a record of the recipient's view
    entity             text,
    entity_id          uuid,
    -- the tenant whose transaction wrote it
    sender_tenant_code text              not null default app.tenant_code(),
    created_at         timestamptz       not null default now(),
    foreign key (tenant_code, tenant_path) references tenant (code, path),
    check ((entity is null) = (entity_id is null))
);
call app.protect_tenant_table('notification');
-- an expert or other outsider of the office reads only what is addressed to them by name
call app.narrow_reads_by_role('notification', $r$recipient_username = (select app.username())$r$);
grant select, insert on notification to yingji_app;
-- a reader's newest first; and since the last one a reconnecting browser saw
create index notification_recipient on notification (tenant_code, id desc);

-- 已读: who has read which notification (a person's own, as the API reads them; the office may know who read what).
create table notification_read (
    id              bigint      primary key generated always as identity,
    notification_id bigint      not null references notification (id) on delete cascade,
    username        text        not null default app.username(),
    tenant_code     text        not null default app.tenant_code(),
    tenant_path     ltree       not null default app.tenant_path(),
    sharing         sharing     not null default 'private' check (sharing = 'private'),
    read_at         timestamptz not null default now(),
    unique (notification_id, username),
    foreign key (tenant_code, tenant_path) references tenant (code, path)
);
call app.protect_tenant_table('notification_read');
grant select, insert on notification_read to yingji_app;

-- Every new notification is announced on channel yingji_notification at commit: {"id", "tenant", "role", "user"}.
create function app.announce_notification() returns trigger
    language plpgsql
as $$
begin
    perform pg_notify('yingji_notification', json_build_object('id', new.id, 'tenant', new.tenant_code,
                      'role', new.audience_role, 'user', new.recipient_username)::text);
    return null;
end
$$;
create trigger notification_announce after insert on notification for each row execute function app.announce_notification();

-- Writes a notification for an office on the caller's line — its own, one above it or one below it (a county
-- tells its city a filing arrived; the city tells the county it was returned) — never a sibling's: the one insert
-- the tenant_insert policy would refuse.
create function app.notify(p_tenant_code text, p_role text, p_username text, p_kind notification_kind, p_title text,
                           p_body text, p_entity text, p_entity_id uuid) returns bigint
    language plpgsql security definer
    set search_path = public, pg_temp
as $$
declare
    v_path ltree;
    v_id   bigint;
begin
    select path into v_path from tenant where code = p_tenant_code;
    if v_path is null or app.tenant_path() is null
       or not (v_path @> app.tenant_path() or v_path <@ app.tenant_path()) then
        raise exception 'tenant % may not notify tenant %', app.tenant_code(), p_tenant_code using errcode = '42501';
    end if;
    insert into notification (tenant_code, tenant_path, audience_role, recipient_username, kind, title, body, entity,
                              entity_id, sender_tenant_code)
    values (p_tenant_code, v_path, p_role, p_username, p_kind, p_title, p_body, p_entity, p_entity_id, app.tenant_code())
    returning id into v_id;
    return v_id;
end
$$;
revoke all on function app.notify(text, text, text, notification_kind, text, text, text, uuid) from public;
grant execute on function app.notify(text, text, text, notification_kind, text, text, text, uuid) to yingji_app;

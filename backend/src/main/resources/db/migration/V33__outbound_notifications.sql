-- 消息外发 (docs/notifications.md): besides the bell, an office has what it is told sent out through its own
-- channels — the duty room's SMS number, a 政务微信 or 钉钉 group, an e-mail box — each a route its 单位管理员 keeps.
-- The notification's transaction writes one delivery per matching route (the outbox); a dispatcher on every app
-- instance claims due deliveries (skip locked), hands each to the gateway of its channel and records the gateway's
-- receipt, or the failure and when to try again.
create type outbound_channel as enum ('sms', 'gov_wechat', 'dingtalk', 'email');
create type delivery_state as enum ('pending', 'sent', 'failed');

create table notification_route (
    id            uuid             primary key default gen_random_uuid(),
    tenant_code   text             not null default app.tenant_code(),
    tenant_path   ltree            not null default app.tenant_path(),
    sharing       sharing          not null default 'private' check (sharing = 'private'),
    channel       outbound_channel not null,
    -- a mobile number, a group's robot address, an e-mail address
    address       text             not null check (length(btrim(address)) between 1 and 300),
    -- what the office calls it, e.g. 值班室短信
    name          text             not null check (length(btrim(name)) between 1 and 100),
    -- only what is told to those with this role (or to the whole office); null: everything the office is told
    audience_role text,
    created_by    text             not null default coalesce(app.username(), ''),
    created_at    timestamptz      not null default now(),
    foreign key (tenant_code, tenant_path) references tenant (code, path),
    unique nulls not distinct (tenant_code, channel, address, audience_role)
);
call app.protect_tenant_table('notification_route');
grant select, insert, delete on notification_route to yingji_app;

create table notification_delivery (
    id              bigint           primary key generated always as identity,
    tenant_code     text             not null default app.tenant_code(),
    tenant_path     ltree            not null default app.tenant_path(),
    sharing         sharing          not null default 'private' check (sharing = 'private'),
    notification_id bigint           not null references notification (id) on delete cascade,
    -- the route as it was when the delivery was written
    route_id        uuid             references notification_route (id) on delete set null,
    route_name      text             not null,
    channel         outbound_channel not null,
    address         text             not null,
    state           delivery_state   not null default 'pending',
    attempts        integer          not null default 0,
    next_attempt_at timestamptz      not null default now(),
    -- the gateway's message id
    receipt         text,
    last_error      text,
    sent_at         timestamptz,
    created_at      timestamptz      not null default now(),
    foreign key (tenant_code, tenant_path) references tenant (code, path),
    check ((state = 'sent') = (receipt is not null and sent_at is not null))
);
call app.protect_tenant_table('notification_delivery');
grant select, insert on notification_delivery to yingji_app;
create index notification_delivery_due on notification_delivery (next_attempt_at) where state = 'pending';
create index notification_delivery_of on notification_delivery (notification_id);

-- the outbox rows of a new notification: one per route of its office that takes it (a notification for one person
-- goes to that person's bell only)
create function app.route_notification() returns trigger
    language plpgsql security definer
    set search_path = public, pg_temp
as $$
begin
    if new.recipient_username is null then
        insert into notification_delivery (tenant_code, tenant_path, notification_id, route_id, route_name, channel, address)
        select r.tenant_code, r.tenant_path, new.id, r.id, r.name, r.channel, r.address
          from notification_route r
         where r.tenant_code = new.tenant_code
           and (r.audience_role is null or new.audience_role is null or r.audience_role = new.audience_role);
    end if;
    return null;
end
$$;
create trigger notification_route after insert on notification for each row execute function app.route_notification();

-- The dispatcher's claim: up to p_limit due deliveries of any tenant, not claimed by another instance (skip
-- locked), put off by p_lease while they are being sent (a dispatcher that dies leaves them due again then).
create function app.claim_deliveries(p_limit integer, p_lease interval)
    returns table (id bigint, channel outbound_channel, address text, route_name text, title text, body text, attempts integer)
    language sql security definer
    set search_path = public, pg_temp
as $$
    with due as (
        select d.id from notification_delivery d
         where d.state = 'pending' and d.next_attempt_at <= now()
         order by d.next_attempt_at limit p_limit for update skip locked)
    update notification_delivery d
       set next_attempt_at = now() + p_lease, attempts = d.attempts + 1
      from due, notification n
     where d.id = due.id and n.id = d.notification_id
    returning d.id, d.channel, d.address, d.route_name, n.title, n.body, d.attempts
$$;

-- What became of a claimed delivery: sent with the gateway's receipt, or failed — to be tried again at p_retry_at,
-- or given up (p_retry_at null).
create function app.finish_delivery(p_id bigint, p_receipt text, p_error text, p_retry_at timestamptz) returns void
    language sql security definer
    set search_path = public, pg_temp
as $$
    update notification_delivery
       set state = case when p_receipt is not null then 'sent' when p_retry_at is null then 'failed' else 'pending' end::delivery_state,
           receipt = p_receipt, sent_at = case when p_receipt is not null then now() end,
           last_error = p_error, next_attempt_at = coalesce(p_retry_at, next_attempt_at)
     where id = p_id and state = 'pending'
$$;
revoke all on function app.claim_deliveries(integer, interval) from public;
revoke all on function app.finish_delivery(bigint, text, text, timestamptz) from public;
grant execute on function app.claim_deliveries(integer, interval) to yingji_app;
grant execute on function app.finish_delivery(bigint, text, text, timestamptz) to yingji_app;

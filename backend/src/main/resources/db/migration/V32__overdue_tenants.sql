-- 逾期升级's pass visits only the tenants that own an open obligation past its due time (not all 3,209): which ones
-- those are is read across tenants here, the codes only; each is then escalated in its own tenant context.
create function app.tenants_with_overdue_obligations() returns setof text
    language sql stable security definer
    set search_path = public, pg_temp
as $$
    select distinct tenant_code from obligation where state = 'open' and due_at < now()
$$;
revoke all on function app.tenants_with_overdue_obligations() from public;
grant execute on function app.tenants_with_overdue_obligations() to yingji_app;

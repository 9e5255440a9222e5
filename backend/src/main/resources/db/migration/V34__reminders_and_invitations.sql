-- 提醒 (docs/obligations.md): an open obligation whose due day is near is told to whoever must act, once
-- (reminded_at); an expert hears of an invitation (docs/notifications.md).
alter type notification_kind add value 'obligation_due_soon';
alter type notification_kind add value 'expert_invited';

alter table obligation add column reminded_at timestamptz;

-- the follow-up pass (ObligationEscalationJob) visits the tenants owning an open obligation past its due time or
-- due within p_within and not yet reminded: their codes only, across tenants
drop function app.tenants_with_overdue_obligations();
create function app.tenants_with_obligations_to_follow_up(p_within interval) returns setof text
    language sql stable security definer
    set search_path = public, pg_temp
as $$
    select distinct tenant_code from obligation
     where state = 'open' and (due_at < now() or (reminded_at is null and due_at < now() + p_within))
$$;
revoke all on function app.tenants_with_obligations_to_follow_up(interval) from public;
grant execute on function app.tenants_with_obligations_to_follow_up(interval) to yingji_app;

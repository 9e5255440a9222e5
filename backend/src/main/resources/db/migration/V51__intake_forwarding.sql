-- 分级流转 (docs/reporting.md «Intake»): the duty office passes an intake item to the tier right above it or to a
-- tier below it instead of opening an event itself. The item becomes 已转办 (forwarded_to); the receiving office
-- finds a new item in its own intake (source 下级报告 or 上级通知, channel 系统报送), written into that office's
-- private table by a security-definer function, as app.open_obligation_below writes obligations below.

alter type intake_state add value 'forwarded';                           -- 已转办
alter table intake_item add column forwarded_to text references tenant (code);
-- the item another office forwarded (not a foreign key a reader could follow: that office's item is private)
alter table intake_item add column forwarded_from uuid;
alter table intake_item add constraint intake_item_forwarded_to
    check ((state::text = 'forwarded') = (forwarded_to is not null));

create function app.forward_intake(p_item uuid, p_to text, p_note text) returns uuid
    language plpgsql security definer
    set search_path = public, pg_temp
as $$
declare
    v_item   intake_item;
    v_from   tenant;
    v_to     tenant;
    v_source intake_source;
    v_id     uuid;
begin
    select * into v_item from intake_item where id = p_item and tenant_code = app.tenant_code();
    select * into v_from from tenant where code = app.tenant_code();
    select * into v_to from tenant where code = p_to;
    if v_item.id is null or v_from.code is null or v_to.code is null or v_to.code = v_from.code then
        raise exception 'tenant % may not forward item % to %', app.tenant_code(), p_item, p_to using errcode = '42501';
    end if;
    if v_to.code = v_from.parent_code then
        v_source := 'lower_tier';
    elsif v_to.path <@ v_from.path then
        v_source := 'upper_notice';
    else
        raise exception 'tenant % may not forward to %', v_from.code, p_to using errcode = '42501';
    end if;
    insert into intake_item (tenant_code, tenant_path, sharing, source, channel, received_at, reporter, content,
                             occurred_at, address, longitude, latitude, taken_by, created_by, forwarded_from)
    values (v_to.code, v_to.path, 'private', v_source, 'system', now(), v_from.name || '转办',
            left(v_item.content || case when coalesce(btrim(p_note), '') = '' then ''
                                        else E'\n转办说明：' || btrim(p_note) end, 4000),
            v_item.occurred_at, v_item.address, v_item.longitude, v_item.latitude, app.username(), app.username(),
            p_item)
    returning id into v_id;
    return v_id;
end
$$;
revoke all on function app.forward_intake(uuid, text, text) from public;
grant execute on function app.forward_intake(uuid, text, text) to yingji_app;
